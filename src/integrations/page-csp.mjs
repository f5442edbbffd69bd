// Each page's Content-Security-Policy <meta>, finished after the build: narrowed to the page's own inline
// scripts and styles (src/lib/csp/page-policy.mjs), and moved to the top of its <head>, straight after the
// charset. Astro writes it at the end of the head, and a policy in a <meta> governs only what the parser
// meets after it (CSP 3, §3.3): the inline scripts above it (Starlight's theme script, the service worker's
// registration) would run unchecked, and a missing hash would go unnoticed by the browser tests.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ownInlineOnly } from '../lib/csp/page-policy.mjs';
import { builtPages } from './built-files.mjs';

const CSP_META = /<meta http-equiv="content-security-policy"[^>]*>/i;
const CHARSET = /<meta charset="[^"]*"\s*\/?>/i;

/** The page with its CSP <meta> first in the head (after the charset), or unchanged if it has none. */
export function cspFirst(html) {
  const meta = html.match(CSP_META)?.[0];
  if (meta === undefined) return html;
  const without = html.replace(meta, '');
  const charset = without.match(CHARSET);
  if (charset?.index !== undefined) {
    const at = charset.index + charset[0].length;
    return `${without.slice(0, at)}${meta}${without.slice(at)}`;
  }
  return without.replace(/<head>/i, (head) => `${head}${meta}`);
}

export default function pageCsp() {
  return {
    name: 'itp-pathway:page-csp',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const dist = fileURLToPath(dir);
        for (const file of builtPages(dist).map((page) => join(dist, page))) {
          const html = readFileSync(file, 'utf8');
          const finished = cspFirst(ownInlineOnly(html));
          if (finished !== html) writeFileSync(file, finished);
        }
      },
    },
  };
}
