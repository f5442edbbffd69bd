/**
 * Releases of the site for the offline tests, made from the built `dist/` as a host would receive them:
 * release A is the build as it is; later releases are copies with a changed dose text, a changed script
 * under a new hashed name (the old one gone from the host, as after a real deploy), a later version in
 * every page, and a service worker regenerated for the new files (src/integrations/offline.mjs). Deriving
 * them saves a second full Astro build on a 2-core machine while exercising what differs between builds.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { builtPages } from '../../../src/integrations/built-files.mjs';
import { writeServiceWorker } from '../../../src/integrations/offline.mjs';

export const DIST = 'dist';
/** A dose statement on the rituximab page (drugs.md §5), and what release B says instead. */
export const DOSE_TEXT = '375 mg/m² weekly for 4 doses.';
export const DOSE_TEXT_B = '375 mg/m² weekly for 4 doses (wording of release B).';

export interface Release {
  dir: string;
  version: string;
}

function pageVersion(dir: string): string {
  const home = readFileSync(join(dir, 'index.html'), 'utf8');
  const version = /<template id="itp-pathway-update" data-version="([^"]*)"/.exec(home)?.[1];
  if (version === undefined || version === '') throw new Error(`${dir}/index.html carries no version (#itp-pathway-update)`);
  return version;
}

/** Release A: a copy of the build as it is. */
export function releaseA(): Release {
  const dir = mkdtempSync(join(tmpdir(), 'itp-release-a-'));
  cpSync(DIST, dir, { recursive: true });
  return { dir, version: pageVersion(dir) };
}

/** The walker's bundle on the algorithm page: started on first use, so an open page fetches it late. */
export function walkerScript(dir: string): string {
  const html = readFileSync(join(dir, 'algorithm/index.html'), 'utf8');
  // The walker's root (data-tool="walker"), not the diagram's pan-and-zoom script, which also loads on first use.
  const root = /<[^>]*\bdata-tool="walker"[^>]*>/.exec(html)?.[0] ?? '';
  const src = /data-script="(\/_astro\/[^"]+\.js)"/.exec(root)?.[1];
  if (src === undefined) throw new Error('The algorithm page names no walker script (data-script).');
  return src;
}

/**
 * The next release after `from`: the rituximab page's dose text changed, the walker's script changed
 * (it marks the page `data-release`) under a new name with the old file gone, every page carrying a version
 * an hour later, and a new service worker. `missing` files are then deleted from the host's copy, after
 * the worker lists them: a release whose upload lost a file.
 */
export async function nextRelease(from: Release, tag: string, missing: string[] = []): Promise<Release> {
  const dir = mkdtempSync(join(tmpdir(), `itp-release-${tag}-`));
  cpSync(from.dir, dir, { recursive: true });
  const built = new Date(Date.parse(from.version.split('+')[0] ?? '') + 3_600_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const version = `${built}+${tag.padEnd(7, '0')}`;
  const oldScript = walkerScript(dir);
  const newScript = oldScript.replace(/\.js$/, `-${tag}.js`);
  const code = readFileSync(join(dir, oldScript), 'utf8');
  writeFileSync(join(dir, newScript), `${code}\ndocument.documentElement.dataset.release=${JSON.stringify(tag)};\n`);
  rmSync(join(dir, oldScript));
  for (const page of builtPages(dir)) {
    const file = join(dir, page);
    const html = readFileSync(file, 'utf8');
    const next = html.replaceAll(from.version, version).replaceAll(oldScript, newScript).replace(DOSE_TEXT, DOSE_TEXT_B);
    if (next !== html) writeFileSync(file, next);
  }
  await writeServiceWorker(dir, { version });
  for (const file of missing) {
    mkdirSync(dirname(join(`${dir}.held`, file)), { recursive: true });
    renameSync(join(dir, file), join(`${dir}.held`, file));
  }
  return { dir, version };
}

/** A release that retires the offline copy: the same files, with the kill-switch as sw.js. */
export async function retiringRelease(from: Release): Promise<Release> {
  const dir = mkdtempSync(join(tmpdir(), 'itp-release-retire-'));
  cpSync(from.dir, dir, { recursive: true });
  await writeServiceWorker(dir, { version: from.version, retire: true });
  return { dir, version: from.version };
}

/** Puts a file held back by `nextRelease(…, missing)` on the host, as a re-upload would. */
export function restore(release: Release, file: string): void {
  renameSync(join(`${release.dir}.held`, file), join(release.dir, file));
}

export function removeRelease(release: Release): void {
  rmSync(release.dir, { recursive: true, force: true });
  rmSync(`${release.dir}.held`, { recursive: true, force: true });
}
