// Build outputs for static hosts: the headers file and the offline copy's manifest.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { headerRules, headersFile } from '../../../src/integrations/headers.mjs';
import { precacheManifest } from '../../../src/integrations/offline.mjs';
import { headersFor, matches, parseHeaders } from '../../../scripts/serve-dist.mjs';

/** A small build with one file of every kind the site serves. */
function fakeDist(): string {
  const dist = mkdtempSync(join(tmpdir(), 'itp-dist-'));
  for (const dir of ['embed/overview', 'guidance/tpo-ras', '_astro', 'pagefind/fragment', 'pagefind/index']) {
    mkdirSync(join(dist, dir), { recursive: true });
  }
  const files: Record<string, string> = {
    'index.html': '<link rel="stylesheet" href="/_astro/b.css"><script src="/_astro/a.js" defer></script><h1>home</h1>',
    '404.html': 'missing',
    'embed/overview/index.html': '<script src="/_astro/w.js" defer></script><p>embed</p>',
    'guidance/tpo-ras/index.html': 'tpo',
    '_astro/a.js': 'import"./c.js";',
    '_astro/a.js.map': 'map',
    '_astro/b.css': '@font-face{src:url(./f.woff2)}',
    '_astro/c.js': 'c',
    '_astro/f.woff2': 'font',
    '_astro/w.js': 'widget',
    '_astro/unused.js': 'nobody loads this',
    'embed-host.js': 'host',
    'favicon.svg': '<svg/>',
    'sitemap-index.xml': '<x/>',
    'sitemap-0.xml': '<x/>',
    'sw.js': 'worker',
    'pagefind/pagefind.js': 'pf',
    'pagefind/pagefind-entry.json': '{}',
    'pagefind/wasm.en.pagefind': 'wasm',
    'pagefind/fragment/en_1.pf_fragment': 'f',
    'pagefind/index/en_1.pf_index': 'i',
  };
  for (const [file, text] of Object.entries(files)) writeFileSync(join(dist, file), text);
  return dist;
}

const dist = fakeDist();
const rules = parseHeaders(headersFile(dist));
const served = ['/', '/index.html', '/404.html', '/embed/overview/', '/guidance/tpo-ras/', '/_astro/a.js', '/_astro/b.css',
  '/embed-host.js', '/favicon.svg', '/sitemap-index.xml', '/sitemap-0.xml', '/sw.js', '/pagefind/pagefind.js',
  '/pagefind/pagefind-entry.json', '/pagefind/wasm.en.pagefind', '/pagefind/fragment/en_1.pf_fragment', '/pagefind/index/en_1.pf_index'];

describe('headers file', () => {
  it('lets any page frame the embed pages, file:// and sandboxed frames included: no frame-ancestors, no X-Frame-Options', () => {
    const embed = headersFor(rules, '/embed/overview/');
    expect(embed['Content-Security-Policy']).toBeUndefined();
    expect(embed['X-Frame-Options']).toBeUndefined();
  });

  it.each(['/', '/index.html', '/404.html', '/guidance/tpo-ras/'])('refuses all framing of %s', (path) => {
    expect(headersFor(rules, path)).toMatchObject({ 'Content-Security-Policy': "frame-ancestors 'none'", 'X-Frame-Options': 'DENY' });
  });

  it.each(served)('gives %s nosniff, no referrer and a caching rule', (path) => {
    const headers = headersFor(rules, path);
    expect(headers).toMatchObject({ 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer' });
    expect(headers['Cache-Control']).toMatch(/^(no-cache|public, max-age=31536000, immutable)$/);
  });

  it('revalidates pages, the service worker and unhashed files, and keeps hashed files for a year', () => {
    for (const path of ['/', '/embed/overview/', '/sw.js', '/embed-host.js', '/pagefind/pagefind.js', '/sitemap-0.xml']) {
      expect(headersFor(rules, path)['Cache-Control']).toBe('no-cache');
    }
    for (const path of ['/_astro/a.js', '/pagefind/fragment/en_1.pf_fragment', '/pagefind/index/en_1.pf_index']) {
      expect(headersFor(rules, path)['Cache-Control']).toBe('public, max-age=31536000, immutable');
    }
  });

  it('lets course pages load the host script and the widgets\' scripts with CORS', () => {
    expect(headersFor(rules, '/embed-host.js')['Access-Control-Allow-Origin']).toBe('*');
    expect(headersFor(rules, '/_astro/a.js')['Access-Control-Allow-Origin']).toBe('*');
  });

  it('never sets one header in two rules that match the same path (hosts would join the values)', () => {
    for (const path of [...served, '/no-such-page', '/guidance/no-such-page/']) {
      const names = rules.filter((rule) => matches(rule.pattern, path)).flatMap((rule) => rule.headers.map(([name]) => name.toLowerCase()));
      expect(new Set(names).size, path).toBe(names.length);
    }
  });

  it('has a rule for the service worker even before it is written', () => {
    expect(headerRules(mkdtempSync(join(tmpdir(), 'itp-empty-')))).toContainEqual(['/sw.js', ['Cache-Control: no-cache']]);
  });
});

describe('offline copy manifest', () => {
  it('holds the site\'s pages and what they load, not the widgets, the search index, maps or host-only files', async () => {
    const urls = (await precacheManifest(dist)).map((entry) => entry.url);
    expect(urls).toEqual(['/', '/404.html', '/_astro/a.js', '/_astro/b.css', '/_astro/c.js', '/_astro/f.woff2', '/favicon.svg', '/guidance/tpo-ras/']);
  });

  it('keys each entry by a content revision and an integrity hash, which change with the bytes', async () => {
    const copy = fakeDist();
    const before = (await precacheManifest(copy)).find((entry) => entry.url === '/guidance/tpo-ras/');
    writeFileSync(join(copy, 'guidance/tpo-ras/index.html'), 'tpo, corrected');
    const after = (await precacheManifest(copy)).find((entry) => entry.url === '/guidance/tpo-ras/');
    expect(before?.integrity).toMatch(/^sha384-[A-Za-z0-9+/]{64}$/);
    expect(after?.revision).not.toBe(before?.revision);
    expect(after?.integrity).not.toBe(before?.integrity);
  });
});
