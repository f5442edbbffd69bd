// Starlight's theme script (ThemeProvider.astro: restore the reader's theme before first paint), minified.
// Starlight writes it into every page as it is in its source, comments, tabs and all; the same code
// minified is 0.13 KB less gzipped JavaScript on every page (DESIGN.md "Budgets"). It is read from the
// installed Starlight, so an upgrade that changes the script changes ours too.
import { transformSync } from 'esbuild';
import { inlineScriptsOf } from './starlight-scripts.mjs';

let minified;

/** The script of Starlight's ThemeProvider, minified; throws at build time if Starlight no longer has it. */
export function themeScript() {
  if (minified !== undefined) return minified;
  const [source] = inlineScriptsOf('ThemeProvider.astro');
  if (source === undefined) throw new Error('Starlight’s ThemeProvider.astro has no inline script: update src/lib/csp/theme-script.mjs.');
  minified = transformSync(source, { minify: true, target: 'es2022' }).code.trim();
  return minified;
}
