// Writes dist/sw.js after the build: the offline worker (src/service-worker/worker.js) bundled with the
// release's precache manifest and version, or, when the build is run with ITP_OFFLINE=retire, the
// kill-switch that removes the offline copy (src/service-worker/retire.js; CONTRIBUTING.md).
// The manifest comes from workbox-build: every page and the files pages load, each with a content
// revision and a subresource-integrity hash. The search index and other heavy or host-only files are
// left out and fetched on first use (issue #22: 109 files and 1.14 MB gzip on a first visit before).
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { getManifest } from 'workbox-build';

const workerSource = (name) => fileURLToPath(new URL(`../service-worker/${name}`, import.meta.url));

/** What the offline copy holds: the pages and everything they load. */
export const PRECACHE = {
  globPatterns: ['**/*.html', '_astro/**/*', 'favicon.svg'],
  globIgnores: ['**/*.map'],
};

/** "guidance/x/index.html" → "/guidance/x/": the URL a reader opens. */
export function siteUrl(file) {
  return `/${file}`.replace(/\/index\.html$/, '/');
}

function integrity(dist, file) {
  return `sha384-${createHash('sha384').update(readFileSync(join(dist, file))).digest('base64')}`;
}

/** The precache manifest of a finished build: `{ url, revision, integrity }` per file, sorted by URL. */
export async function precacheManifest(dist) {
  const { manifestEntries, warnings } = await getManifest({
    globDirectory: dist,
    ...PRECACHE,
    manifestTransforms: [
      async (entries) => ({
        manifest: entries.map((entry) => ({ ...entry, url: siteUrl(entry.url), integrity: integrity(dist, entry.url) })),
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
async function bundle(entry, define) {
  const result = await build({
    entryPoints: [workerSource(entry)],
    bundle: true,
    format: 'iife',
    minify: true,
    legalComments: 'none',
    write: false,
    target: 'es2020',
    define: { 'process.env.NODE_ENV': '"production"', ...define },
  });
  return result.outputFiles[0].text;
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
