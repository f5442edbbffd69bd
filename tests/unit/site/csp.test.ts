// The Content-Security-Policy as the pages carry it: where its <meta> sits, the site's allow-list for the
// inline scripts Starlight writes, and each page's policy narrowed to its own inline scripts and styles (the
// browser tests check that no page breaks it; tests/e2e/csp-pages.spec.ts checks every built page).
import { describe, expect, it } from 'vitest';
import { cspFirst } from '../../../src/integrations/page-csp.mjs';
import { starlightInlineScriptHashes } from '../../../src/lib/csp/inline-hashes.mjs';
import { allowedHashes, hashOf, inlineScripts, ownInlineOnly, policyOf } from '../../../src/lib/csp/page-policy.mjs';
import { inlineScriptsOf } from '../../../src/lib/csp/starlight-scripts.mjs';
import { themeScript } from '../../../src/lib/csp/theme-script.mjs';

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

describe('the site’s allow-list for Starlight’s inline scripts', () => {
  it('allows our guarded, minified theme script', () => {
    expect(starlightInlineScriptHashes()).toContain(hashOf(themeScript()));
  });

  it('allows the theme select’s inline script, which every site page carries', () => {
    const [updatePickers = ''] = inlineScriptsOf('ThemeSelect.astro');
    expect(updatePickers).toContain('updatePickers');
    expect(starlightInlineScriptHashes()).toContain(hashOf(updatePickers));
  });

  it('allows none of the scripts of components whose scripts this site replaces or that it no longer renders', () => {
    const unused = ['Search.astro', 'SidebarPersister.astro', 'ThemeProvider.astro'].flatMap(inlineScriptsOf);
    expect(unused).toHaveLength(4);
    for (const script of unused) expect(starlightInlineScriptHashes()).not.toContain(hashOf(script));
  });
});

describe('each page allows exactly its own inline code', () => {
  const policy = (scripts: string[], styles: string[] = []) =>
    `default-src 'self'; script-src 'self' ${scripts.map((s) => `'${hashOf(s)}'`).join(' ')}; style-src 'self' ${styles.map((s) => `'${hashOf(s)}'`).join(' ')}; style-src-attr 'unsafe-inline'`;
  const page = (content: string, body: string) =>
    `<html><head><meta charset="utf-8"/><meta http-equiv="content-security-policy" content="${content}"></head><body>${body}</body></html>`;

  it('keeps the hashes of the scripts and styles the page carries and drops the others', () => {
    const html = page(policy(['a()', 'b()', 'c()'], ['p{}', 'q{}']), '<script>b()</script><script type="module">a()</script><style>q{}</style>');
    const narrowed = policyOf(ownInlineOnly(html));
    expect(allowedHashes(narrowed?.get('script-src')).sort()).toEqual([hashOf('a()'), hashOf('b()')].sort());
    expect(allowedHashes(narrowed?.get('style-src'))).toEqual([hashOf('q{}')]);
  });

  it('keeps every other directive and keyword as it was', () => {
    const narrowed = policyOf(ownInlineOnly(page(policy(['a()']), '')));
    expect(narrowed?.get('script-src')).toEqual(["'self'"]);
    expect(narrowed?.get('default-src')).toEqual(["'self'"]);
    expect(narrowed?.get('style-src-attr')).toEqual(["'unsafe-inline'"]);
  });

  it('never allows a script the site’s policy did not: it stays blocked, for the browser tests to report', () => {
    const narrowed = policyOf(ownInlineOnly(page(policy(['a()']), '<script>a()</script><script>injected()</script>')));
    expect(allowedHashes(narrowed?.get('script-src'))).toEqual([hashOf('a()')]);
  });

  it('counts neither external scripts nor JSON data blocks as inline scripts', () => {
    const html = '<script src="/x.js"></script><script type="application/json">{"a":1}</script><script type="application/ld+json">{}</script><script>run()</script>';
    expect(inlineScripts(html)).toEqual(['run()']);
  });

  it('leaves a page without a policy unchanged', () => {
    const plain = '<html><head><script>x()</script></head></html>';
    expect(ownInlineOnly(plain)).toBe(plain);
  });
});
