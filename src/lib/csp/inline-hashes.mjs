// Hashes of the inline scripts that Starlight's own components write with `is:inline` (theme restore before
// first paint, sidebar scroll restore). Astro's CSP hashes only the scripts it bundles, so without these
// the CSP would block them; computing them from the installed Starlight keeps them right after an upgrade,
// and the e2e CSP test fails if one is ever missed.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { themeScript } from './theme-script.mjs';

const INLINE_SCRIPT = /<script\s+is:inline(?:\s[^>]*)?>([\s\S]*?)<\/script>/g;

export function starlightInlineScriptHashes() {
  // The package's exports hide package.json; its main entry sits in dist/ beside components/.
  const dir = join(dirname(fileURLToPath(import.meta.resolve('@astrojs/starlight'))), 'components');
  const hashes = new Set();
  for (const name of readdirSync(dir).filter((file) => file.endsWith('.astro'))) {
    for (const match of readFileSync(join(dir, name), 'utf8').matchAll(INLINE_SCRIPT)) {
      hashes.add(`sha256-${createHash('sha256').update(match[1] ?? '').digest('base64')}`);
    }
  }
  // Our ThemeProvider override writes Starlight's theme script minified (theme-script.mjs).
  hashes.add(`sha256-${createHash('sha256').update(themeScript()).digest('base64')}`);
  return [...hashes].sort();
}
