// Starlight's theme script (ThemeProvider.astro: restore the reader's theme before first paint), minified and
// given a storage that answers only a valid theme. Starlight writes it into every page as it is in its
// source, comments, tabs and all; the same code minified is 0.13 KB less gzipped JavaScript on every page
// (DESIGN.md "Budgets"). It is read from the installed Starlight, so an upgrade that changes the script
// changes ours too.
//
// Starlight's script trusts the stored `starlight-theme` and builds a selector from it ('.' + theme): a
// corrupted value (`1`, `[`, `"><img>`) throws on every page load until the reader clears their storage
// (issue 23 item 4), and storage that refuses access throws too. Its code runs unchanged inside a function
// whose `localStorage` is a stand-in: the stored theme when it is one Starlight writes, else nothing (the
// system theme, as for a first visit). Starlight's theme select then stores a valid value again.
import { transformSync } from 'esbuild';
import { inlineScriptsOf } from './starlight-scripts.mjs';

/** The values Starlight's theme select stores: '' is "auto" (follow the system). */
export const VALID_STORED_THEME = /^(?:light|dark|auto)?$/;

const validatedStorage = `{
  getItem(key) {
    try {
      const value = window.localStorage.getItem(key);
      // test(null) reads "null", which is no theme: a missing value stays null.
      return key !== 'starlight-theme' || ${VALID_STORED_THEME}.test(String(value)) ? value : null;
    } catch {
      return null;
    }
  },
}`;

let minified;

/** The script of Starlight's ThemeProvider, guarded and minified; throws at build time if Starlight no longer has it. */
export function themeScript() {
  if (minified !== undefined) return minified;
  const [source] = inlineScriptsOf('ThemeProvider.astro');
  if (source === undefined) throw new Error('Starlight’s ThemeProvider.astro has no inline script: update src/lib/csp/theme-script.mjs.');
  const guarded = `((localStorage) => {${source}})(${validatedStorage});`;
  minified = transformSync(guarded, { minify: true, target: 'es2022' }).code.trim();
  return minified;
}
