// The files of a finished build, as paths relative to its folder with forward slashes ("guidance/x/index.html"),
// for the integrations that rewrite or list them after the build.
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every file under `dir`, skipping the folders named in `skip` (at any depth). */
export function builtFiles(dir, skip = [], root = dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return skip.includes(name) ? [] : builtFiles(path, skip, root);
    return [relative(root, path).split('\\').join('/')];
  });
}

/** The built pages: every HTML file outside the bundler's assets and the search index. */
export function builtPages(dir) {
  return builtFiles(dir, ['_astro', 'pagefind']).filter((file) => file.endsWith('.html'));
}
