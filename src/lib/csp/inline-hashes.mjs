// Hashes of the inline scripts that Starlight's own components write with `is:inline` (theme restore before
// first paint, sidebar scroll restore). Astro's CSP hashes only the scripts it bundles, so without these
// the CSP would block them; computing them from the installed Starlight keeps them right after an upgrade,
// and the e2e CSP test fails if one is ever missed.
import { createHash } from 'node:crypto';
import { inlineScriptsOf, starlightComponents } from './starlight-scripts.mjs';
import { themeScript } from './theme-script.mjs';

/** @type {(script: string) => `sha256-${string}`} */
const hashOf = (script) => `sha256-${createHash('sha256').update(script).digest('base64')}`;

export function starlightInlineScriptHashes() {
  const scripts = starlightComponents().flatMap(inlineScriptsOf);
  // Our ThemeProvider override writes Starlight's theme script minified (theme-script.mjs).
  return [...new Set([...scripts, themeScript()].map(hashOf))].sort();
}
