// Starlight's theme script (ThemeProvider.astro: restore the reader's theme before first paint), minified.
// Starlight writes it into every page as it is in its source, comments, tabs and all; the same code
// minified is 0.13 KB less gzipped JavaScript on every page (DESIGN.md "Budgets"). It is read from the
// installed Starlight, so an upgrade that changes the script changes ours too.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transformSync } from 'esbuild';

const INLINE_SCRIPT = /<script\s+is:inline(?:\s[^>]*)?>([\s\S]*?)<\/script>/;

let minified;

/** The script of Starlight's ThemeProvider, minified; throws at build time if Starlight no longer has it. */
export function themeScript() {
  if (minified !== undefined) return minified;
  // The package's exports hide package.json; its main entry sits in dist/ beside components/.
  const dir = join(dirname(fileURLToPath(import.meta.resolve('@astrojs/starlight'))), 'components');
  const source = readFileSync(join(dir, 'ThemeProvider.astro'), 'utf8').match(INLINE_SCRIPT)?.[1];
  if (source === undefined) throw new Error('Starlight’s ThemeProvider.astro has no inline script: update src/lib/csp/theme-script.mjs.');
  minified = transformSync(source, { minify: true, target: 'es2022' }).code.trim();
  return minified;
}
