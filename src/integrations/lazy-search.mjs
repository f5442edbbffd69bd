// Starlight's Search component with only its scripts replaced: this Vite plugin loads Starlight's own
// Search.astro with its two scripts (an inline one that shows the platform's shortcut, and one that loads
// Pagefind's UI, ~26 KB gzip, on every page) swapped for ours (src/scripts/search-button.ts), as
// astro.config.mjs swaps the sidebar's persister. Starlight's markup and styles stay its own, so an
// upgrade is a version bump; the plugin fails the build if the component no longer has those two scripts.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const STARLIGHT_SEARCH = /@astrojs\/starlight\/dist\/components\/Search\.astro$/;
const SCRIPT = /<script(?:\s[^>]*)?>[\s\S]*?<\/script>/g;

const buttonScript = fileURLToPath(new URL('../scripts/search-button.ts', import.meta.url));

/** Starlight's Search.astro source with its scripts replaced by our button's; throws if it has not exactly two. */
export function withOurScript(source) {
  const scripts = source.match(SCRIPT) ?? [];
  if (scripts.length !== 2 || !scripts.some((script) => script.startsWith('<script is:inline'))) {
    throw new Error(`Starlight's Search.astro no longer has its inline and bundled script (found ${scripts.length}): update src/integrations/lazy-search.mjs.`);
  }
  let replaced = false;
  return source.replace(SCRIPT, () => {
    if (replaced) return '';
    replaced = true;
    return `<script>import ${JSON.stringify(buttonScript)};</script>`;
  });
}

export default function lazySearch() {
  return {
    name: 'itp-pathway:lazy-search',
    enforce: 'pre',
    /** @param {string} id */
    load(id) {
      return STARLIGHT_SEARCH.test(id) ? withOurScript(readFileSync(id, 'utf8')) : undefined;
    },
  };
}
