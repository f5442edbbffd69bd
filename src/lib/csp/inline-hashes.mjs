// Hashes for the inline scripts our pages carry that Astro does not bundle, and so does not hash itself:
// Starlight's theme select writes one with `is:inline`, and our ThemeProvider override writes Starlight's
// theme script guarded and minified (theme-script.mjs). Only the scripts a page can carry are allowed:
// Starlight's other inline scripts belong to components whose scripts this site replaces or that it no
// longer renders (the search button's, the sidebar's persister, the unminified theme script). They are
// read from the installed Starlight, so an upgrade keeps them right; a script Starlight adds elsewhere is
// blocked, which the e2e CSP check on every page reports. This is the site's allow-list: after the build
// each page keeps only the hashes of the scripts it carries (src/integrations/page-csp.mjs).
import { hashOf } from './page-policy.mjs';
import { inlineScriptsOf } from './starlight-scripts.mjs';
import { themeScript } from './theme-script.mjs';

/** The Starlight components that write an inline script into our pages. */
const RENDERED_WITH_INLINE_SCRIPTS = ['ThemeSelect.astro'];

export function starlightInlineScriptHashes() {
  const scripts = RENDERED_WITH_INLINE_SCRIPTS.flatMap(inlineScriptsOf);
  return [...new Set([...scripts, themeScript()].map(hashOf))].sort();
}
