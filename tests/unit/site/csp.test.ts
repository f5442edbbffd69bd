// The Content-Security-Policy as the pages carry it: where its <meta> sits, and the hashes it allows for
// the inline scripts Starlight writes (the browser tests check that no page breaks it).
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { cspFirst } from '../../../src/integrations/csp-first.mjs';
import { starlightInlineScriptHashes } from '../../../src/lib/csp/inline-hashes.mjs';
import { inlineScriptsOf } from '../../../src/lib/csp/starlight-scripts.mjs';
import { themeScript } from '../../../src/lib/csp/theme-script.mjs';

const hashOf = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;
const meta = `<meta http-equiv="content-security-policy" content="script-src 'self'">`;

describe('the CSP <meta> goes first in the head', () => {
  it('moves it from the end of the head to straight after the charset, before any script', () => {
    const page = `<!DOCTYPE html><html><head><meta charset="utf-8"/><script>theme()</script><title>T</title>${meta}</head><body></body></html>`;
    expect(cspFirst(page)).toBe(
      `<!DOCTYPE html><html><head><meta charset="utf-8"/>${meta}<script>theme()</script><title>T</title></head><body></body></html>`,
    );
  });

  it('puts it first in a head without a charset, and leaves a page without a policy as it is', () => {
    expect(cspFirst(`<html><head><script>x()</script>${meta}</head></html>`)).toBe(`<html><head>${meta}<script>x()</script></head></html>`);
    const plain = '<html><head><script>x()</script></head></html>';
    expect(cspFirst(plain)).toBe(plain);
  });
});

describe('Starlight’s theme script, minified', () => {
  const script = themeScript();

  it('is still the theme script, without the source’s comments and indentation', () => {
    expect(script).toContain('window.StarlightThemeProvider=');
    expect(script).toContain('starlight-theme');
    expect(script).not.toMatch(/\t|\/\*\*|\n {2}/);
  });

  it('is allowed by the CSP’s script hashes', () => {
    expect(starlightInlineScriptHashes()).toContain(hashOf(script));
  });
});

describe('the CSP’s hashes for Starlight’s inline scripts', () => {
  it('allow the theme select’s script, which every page carries', () => {
    const [updatePickers = ''] = inlineScriptsOf('ThemeSelect.astro');
    expect(updatePickers).toContain('updatePickers');
    expect(starlightInlineScriptHashes()).toContain(hashOf(updatePickers));
  });

  it('allow none of the scripts this site overrides or no longer renders', () => {
    const unused = ['Search.astro', 'SidebarPersister.astro', 'ThemeProvider.astro'].flatMap(inlineScriptsOf);
    expect(unused).toHaveLength(4);
    for (const script of unused) expect(starlightInlineScriptHashes()).not.toContain(hashOf(script));
  });
});
