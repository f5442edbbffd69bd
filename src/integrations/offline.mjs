// Writes dist/sw.js after the build: a service worker that precaches every built file, so the site and
// its tools work offline after the first visit (wards with poor signal). The cache name carries a hash
// of the file list and contents, so a new deployment replaces the old cache in one step.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtFiles } from './built-files.mjs';

export function precacheList(dist) {
  return builtFiles(dist)
    .filter((file) => !['sw.js', '_headers'].includes(file) && !file.endsWith('.map') && !file.startsWith('.'))
    .map((file) => `/${file}`.replace(/\/index\.html$/, '/'))
    .sort();
}

export function serviceWorkerSource(dist, template) {
  const list = precacheList(dist);
  const hash = createHash('sha256');
  for (const url of list) hash.update(url).update(readFileSync(join(dist, url.endsWith('/') ? `${url}index.html` : url)));
  return template
    .replace('__CACHE_NAME__', `itp-pathway-${hash.digest('hex').slice(0, 12)}`)
    .replace('[/* __PRECACHE__ */]', JSON.stringify(list));
}

export default function offline() {
  return {
    name: 'itp-pathway:offline',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const dist = fileURLToPath(dir);
        const template = readFileSync(new URL('./sw-template.js', import.meta.url), 'utf8');
        writeFileSync(join(dist, 'sw.js'), serviceWorkerSource(dist, template));
      },
    },
  };
}
