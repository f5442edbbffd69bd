// Writes dist/sw.js after the build: the offline worker (src/service-worker/worker.js) bundled with the
// release's precache manifest and version, or, when the build is run with ITP_OFFLINE=retire, the
// kill-switch that removes the offline copy (src/service-worker/retire.js; CONTRIBUTING.md).
// The manifest comes from workbox-build: every site page and the files those pages load, each with a
// content revision and a subresource-integrity hash. Left out, and saved on first use instead: the search
// index, and the widgets (/embed/ pages and the bundles only they load), which serve course pages whose
// frames rarely have a service worker (issue #22: 109 files and 1.14 MB gzip on a first visit before).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { classicScript } from './classic-script.mjs';
import { getManifest } from 'workbox-build';
import { builtPages } from './built-files.mjs';

const workerSource = (name) => fileURLToPath(new URL(`../service-worker/${name}`, import.meta.url));

/**
 * What the offline copy holds: the site's pages and what they load (filtered by siteAssets()). Never the
 * downloads (the SCORM package of the teaching cases): an educator fetches them once, to upload elsewhere.
 */
export const PRECACHE = {
  globPatterns: ['**/*.html', '_astro/**/*', 'favicon.svg'],
  globIgnores: ['**/*.map', 'embed/**', 'downloads/**'],
};

// References to built assets: absolute in pages and files, relative (`./x.js`, `url(./x.woff2)`) between
// files of /_astro/.
const ABSOLUTE = /\/_astro\/([\w.@~-]+)/g;
const RELATIVE = /(?:["'`(])\.\/([\w.@~-]+\.\w+)/g;

/**
 * The /_astro/ files the site's pages (not the widgets) load, following references from file to file: a
 * bundle only an /embed/ page names is left out of the offline copy.
 */
export function siteAssets(dist) {
  const found = new Set();
  const visit = (text, relative) => {
    const names = [...text.matchAll(ABSOLUTE), ...(relative ? text.matchAll(RELATIVE) : [])].map((m) => m[1] ?? '');
    for (const name of names) {
      if (found.has(name) || !existsSync(join(dist, '_astro', name))) continue;
      found.add(name);
      visit(readFileSync(join(dist, '_astro', name), 'utf8'), true);
    }
  };
  for (const page of builtPages(dist).filter((file) => !file.startsWith('embed/'))) visit(readFileSync(join(dist, page), 'utf8'), false);
  return found;
}

/** "guidance/x/index.html" → "/guidance/x/": the URL a reader opens. */
export function siteUrl(file) {
  return `/${file}`.replace(/\/index\.html$/, '/');
}

function integrity(dist, file) {
  return `sha384-${createHash('sha384').update(readFileSync(join(dist, file))).digest('base64')}`;
}

/** The precache manifest of a finished build: `{ url, revision, integrity }` per file, sorted by URL. */
export async function precacheManifest(dist) {
  const used = siteAssets(dist);
  const { manifestEntries, warnings } = await getManifest({
    globDirectory: dist,
    ...PRECACHE,
    manifestTransforms: [
      async (entries) => ({
        manifest: entries
          .filter((entry) => !entry.url.startsWith('_astro/') || used.has(entry.url.slice('_astro/'.length)))
          .map((entry) => ({ ...entry, url: siteUrl(entry.url), integrity: integrity(dist, entry.url) })),
        warnings: [],
      }),
    ],
  });
  if (warnings.length > 0) throw new Error(`workbox-build: ${warnings.join('; ')}`);
  return (manifestEntries ?? [])
    .map(({ url, revision, integrity: hash }) => ({ url, revision, integrity: hash }))
    .sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
}

/** Bundles a worker source into one minified classic script, with `define` replaced. */
function bundle(entry, define) {
  return classicScript(workerSource(entry), { 'process.env.NODE_ENV': '"production"', ...define });
}

/**
 * Writes `dist/sw.js` for a finished build: the offline worker with this build's manifest and `version`,
 * or the kill-switch when `retire` is set. Also used by the browser tests to make a second release from a
 * copy of `dist` (tests/e2e/support/releases.ts).
 */
export async function writeServiceWorker(dist, { version, retire = false }) {
  const source = retire
    ? await bundle('retire.js', {})
    : await bundle('worker.js', {
      __ITP_VERSION__: JSON.stringify(version),
      'self.__WB_MANIFEST': JSON.stringify(await precacheManifest(dist)),
    });
  writeFileSync(join(dist, 'sw.js'), source);
}

/** `version`: the build's id (build-version.mjs), the one its pages carry. */
export default function offline({ version }) {
  return {
    name: 'itp-pathway:offline',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        await writeServiceWorker(fileURLToPath(dir), { version, retire: process.env.ITP_OFFLINE === 'retire' });
      },
    },
  };
}
