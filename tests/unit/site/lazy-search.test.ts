// Starlight's Search component with only its scripts swapped (src/integrations/lazy-search.mjs): the swap
// still finds the scripts it replaces after a Starlight upgrade, keeps the markup and styles, and touches
// no other module.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import lazySearch, { withOurScript } from '../../../src/integrations/lazy-search.mjs';

const searchComponent = fileURLToPath(import.meta.resolve('@astrojs/starlight/components/Search.astro'));
const source = readFileSync(searchComponent, 'utf8');
const scriptsOf = (text: string) => text.match(/<script(?:\s[^>]*)?>[\s\S]*?<\/script>/g) ?? [];
const withoutScripts = (text: string) => text.replace(/<script(?:\s[^>]*)?>[\s\S]*?<\/script>/g, '');

describe('Starlight’s Search, as installed', () => {
  it('has the two scripts the swap replaces: the inline shortcut one and the one that imports Pagefind’s UI', () => {
    const scripts = scriptsOf(source);
    expect(scripts).toHaveLength(2);
    expect(scripts.find((script) => script.startsWith('<script is:inline'))).toContain('aria-keyshortcuts');
    expect(scripts.find((script) => script.startsWith('<script>'))).toContain('@pagefind/default-ui');
  });

  it('still has the markup our button script and the dialog script look for', () => {
    for (const hook of ['<site-search', 'data-open-modal', 'data-close-modal', '<dialog', 'id="starlight__search"', '<kbd']) {
      expect(source).toContain(hook);
    }
  });
});

describe('the swap', () => {
  const swapped = withOurScript(source);

  it('leaves one script, which imports our button script', () => {
    expect(scriptsOf(swapped)).toEqual([expect.stringMatching(/^<script>import ".*\/src\/scripts\/search-button\.ts";<\/script>$/)]);
  });

  it('keeps Starlight’s markup and styles exactly', () => {
    expect(withoutScripts(swapped)).toBe(withoutScripts(source));
  });

  it('fails the build rather than guess when the component’s scripts change', () => {
    expect(() => withOurScript(withoutScripts(source))).toThrow(/lazy-search\.mjs/);
    expect(() => withOurScript(source.replace('<script is:inline>', '<script>'))).toThrow(/lazy-search\.mjs/);
  });

  it('loads only Starlight’s Search component', () => {
    const plugin = lazySearch();
    expect(plugin.load(searchComponent)).toBe(swapped);
    for (const id of [`${searchComponent}?astro&type=style&index=0&lang.css`, searchComponent.replace('Search.astro', 'Header.astro'), '/src/scripts/search-dialog.ts']) {
      expect(plugin.load(id)).toBeUndefined();
    }
  });
});
