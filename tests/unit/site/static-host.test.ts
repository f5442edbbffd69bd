// Build outputs for static hosts: the headers file and the service worker's precache list.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { headersFile } from '../../../src/integrations/headers.mjs';
import { precacheList, serviceWorkerSource } from '../../../src/integrations/offline.mjs';

function fakeDist(): string {
  const dist = mkdtempSync(join(tmpdir(), 'itp-dist-'));
  for (const dir of ['embed/overview', 'guidance/tpo-ras', '_astro']) mkdirSync(join(dist, dir), { recursive: true });
  writeFileSync(join(dist, 'index.html'), '<h1>home</h1>');
  writeFileSync(join(dist, '404.html'), 'missing');
  writeFileSync(join(dist, 'embed/overview/index.html'), 'embed');
  writeFileSync(join(dist, 'guidance/tpo-ras/index.html'), 'tpo');
  writeFileSync(join(dist, '_astro/a.js'), 'x');
  writeFileSync(join(dist, '_astro/a.js.map'), 'map');
  return dist;
}

describe('headers file', () => {
  const text = headersFile(fakeDist());

  it('lets any site frame the embed pages and nobody frame the rest', () => {
    expect(text).toMatch(/\/embed\/\*\n {2}Content-Security-Policy: frame-ancestors \*;/);
    expect(text).toMatch(/\/guidance\/\*\n {2}Content-Security-Policy: frame-ancestors 'self';/);
    expect(text).toMatch(/^\/\n {2}Content-Security-Policy: frame-ancestors 'self';/);
  });

  it('sends nosniff and no referrer everywhere', () => {
    const blocks = text.trim().split('\n\n');
    for (const block of blocks) {
      expect(block).toContain('X-Content-Type-Options: nosniff');
      expect(block).toContain('Referrer-Policy: no-referrer');
    }
  });
});

describe('service worker', () => {
  const dist = fakeDist();

  it('precaches every page and asset but not source maps', () => {
    expect(precacheList(dist)).toEqual(['/', '/404.html', '/_astro/a.js', '/embed/overview/', '/guidance/tpo-ras/']);
  });

  it('names its cache after the content, so a new build replaces the old cache', () => {
    const template = 'const CACHE = "__CACHE_NAME__"; const PRECACHE = [/* __PRECACHE__ */];';
    const first = serviceWorkerSource(dist, template);
    writeFileSync(join(dist, 'index.html'), '<h1>changed</h1>');
    const second = serviceWorkerSource(dist, template);
    expect(first).toMatch(/itp-pathway-[0-9a-f]{12}/);
    expect(first).not.toBe(second);
    expect(second).toContain('"/guidance/tpo-ras/"');
  });
});
