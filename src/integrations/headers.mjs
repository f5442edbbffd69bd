// Writes dist/_headers (Netlify / Cloudflare Pages format) after the build: what a static host must send
// beside the files (CONTRIBUTING.md, "Headers and hosts"). The pages carry their script and style policy
// in a <meta> CSP (Astro's, with per-page hashes); what a <meta> cannot say lives here:
// - framing: embed pages may be framed by any page, including a page opened from a file and sandboxed
//   (opaque-origin) frames, so they carry no frame-ancestors at all (Chromium's `frame-ancestors *`
//   matches network schemes only, issue #20); every other page refuses all framing;
// - caching: pages, sw.js and every file without a content hash in its name revalidate on each use, so a
//   release reaches readers at once; hashed files (/_astro/, Pagefind's index) are immutable (issue #22);
// - CORS on the files a course page loads from us (embed-host.js, the widgets' scripts);
// - nosniff, the referrer policy and a permissions policy on every response.
// Hosts join the values of a header that several matching rules set, so no header name is set by two
// rules that can match one path: the site-wide rule holds only headers no other rule sets, and the other
// rules are written per folder or file.
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const EVERYWHERE = [
  'X-Content-Type-Options: nosniff',
  'Referrer-Policy: no-referrer',
  'Permissions-Policy: camera=(), microphone=(), geolocation=()',
  'Cross-Origin-Opener-Policy: same-origin',
];
const REVALIDATE = 'Cache-Control: no-cache';
const IMMUTABLE = 'Cache-Control: public, max-age=31536000, immutable';
const ANY_ORIGIN = 'Access-Control-Allow-Origin: *';
const NOT_FRAMED = ["Content-Security-Policy: frame-ancestors 'none'", 'X-Frame-Options: DENY'];

/** Folders whose file names carry a hash of their content (Vite's assets; Pagefind's index chunks). */
const HASHED = new Set(['_astro', 'pagefind/fragment', 'pagefind/index']);

/** The headers for one top-level file (or a file of a folder written file by file). */
function fileHeaders(path) {
  if (path.endsWith('.html')) return [REVALIDATE, ...NOT_FRAMED];
  if (path === '/embed-host.js') return [REVALIDATE, ANY_ORIGIN];
  return [REVALIDATE];
}

/** The headers for everything under a folder. */
function folderHeaders(folder) {
  if (HASHED.has(folder)) return folder === '_astro' ? [IMMUTABLE, ANY_ORIGIN] : [IMMUTABLE];
  if (folder === 'embed') return [REVALIDATE];
  return [REVALIDATE, ...NOT_FRAMED];
}

const isDir = (path) => statSync(path).isDirectory();

/** `[path pattern, headers]` for every file and folder of `dir` (relative to the build as `prefix`). */
function rulesFor(dist, prefix) {
  const rules = [];
  for (const name of readdirSync(join(dist, prefix)).sort()) {
    const rel = prefix === '' ? name : `${prefix}/${name}`;
    if (name === '_headers' || name === 'sw.js' || name.startsWith('.')) continue;
    if (!isDir(join(dist, rel))) rules.push([`/${rel}`, fileHeaders(`/${rel}`)]);
    // Pagefind keeps hashed chunks in subfolders beside unhashed entry files: its files get one rule each.
    else if (rel === 'pagefind') rules.push(...rulesFor(dist, rel));
    else rules.push([`/${rel}/*`, folderHeaders(rel)]);
  }
  return rules;
}

/**
 * The rules of `_headers` as `[path pattern, headers]`, the site-wide rule first. The service worker has
 * its rule whether or not it is written yet (the offline integration runs after this one).
 */
export function headerRules(dist) {
  return [['/*', EVERYWHERE], ['/', [REVALIDATE, ...NOT_FRAMED]], ['/sw.js', [REVALIDATE]], ...rulesFor(dist, '')];
}

export function headersFile(dist) {
  const blocks = headerRules(dist).map(([path, headers]) => [path, ...headers.map((h) => `  ${h}`)].join('\n'));
  return `${blocks.join('\n\n')}\n`;
}

export default function headers() {
  return {
    name: 'itp-pathway:headers',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const dist = fileURLToPath(dir);
        writeFileSync(join(dist, '_headers'), headersFile(dist));
      },
    },
  };
}
