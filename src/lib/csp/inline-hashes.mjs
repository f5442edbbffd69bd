// Hashes for the inline scripts our pages carry that Astro does not bundle, and so does not hash itself:
// Starlight's theme select writes one with `is:inline`, and our ThemeProvider override writes Starlight's
// theme script minified (theme-script.mjs). Only the scripts a page can carry are allowed: Starlight's
// other inline scripts belong to components this site overrides or no longer renders (the search, the
// sidebar's persister, the unminified theme script), and every hash costs every page about 40 bytes of
// incompressible HTML. They are read from the installed Starlight, so an upgrade keeps them right; a
// script Starlight adds elsewhere is blocked, which the e2e CSP check on every page reports.
import { createHash } from 'node:crypto';
import { inlineScriptsOf } from './starlight-scripts.mjs';
import { themeScript } from './theme-script.mjs';

/** The Starlight components that write an inline script into our pages. */
const RENDERED_WITH_INLINE_SCRIPTS = ['ThemeSelect.astro'];

/** @type {(script: string) => `sha256-${string}`} */
const hashOf = (script) => `sha256-${createHash('sha256').update(script).digest('base64')}`;

export function starlightInlineScriptHashes() {
  const scripts = RENDERED_WITH_INLINE_SCRIPTS.flatMap(inlineScriptsOf);
  return [...new Set([...scripts, themeScript()].map(hashOf))].sort();
}
