// The static server the browser tests use in place of a real host (scripts/serve-dist.mjs): it must do what
// Netlify and Cloudflare Pages do with paths and `_headers`, or the tests would pass against a host no
// reader uses.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headersFor, parseHeaders, serveDist } from '../../../scripts/serve-dist.mjs';

const root = mkdtempSync(join(tmpdir(), 'itp-serve-'));
mkdirSync(join(root, 'embed/dose'), { recursive: true });
writeFileSync(join(root, 'index.html'), 'home');
writeFileSync(join(root, '404.html'), 'not here');
writeFileSync(join(root, 'embed/dose/index.html'), 'dose widget');
writeFileSync(join(root, 'about.html'), 'about');
writeFileSync(join(root, '_headers'), '# comment\n/*\n  X-Content-Type-Options: nosniff\n/embed/*\n  Cache-Control: no-cache\n/*\n  X-Test: a\n/embed/:page/\n  X-Test: b\n');

let server: Awaited<ReturnType<typeof serveDist>>;
beforeAll(async () => {
  server = await serveDist({ root, port: 0 });
});
afterAll(async () => {
  await server.close();
});

const get = (path: string, init?: RequestInit) => fetch(`${server.url}${path}`, { redirect: 'manual', ...init });

describe('static server', () => {
  it('serves a folder\'s page at its slash path with the matching rules\' headers, joined as hosts join them', async () => {
    const response = await get('/embed/dose/');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('dose widget');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-test')).toBe('a, b');
  });

  it('redirects the path without its slash, keeping the query, as Netlify and Cloudflare do', async () => {
    const response = await get('/embed/dose?wt=70');
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/embed/dose/?wt=70');
  });

  it('serves x.html for /x, the 404 page with status 404 for anything else, and never the rules file', async () => {
    expect(await (await get('/about')).text()).toBe('about');
    for (const path of ['/nothing', '/_headers', '/%2e%2e/%2e%2e/etc/passwd']) {
      const response = await get(path);
      expect(response.status, path).toBe(404);
      expect(await response.text()).toBe('not here');
    }
  });

  it('answers a matching ETag with 304, as a host answers a revalidation', async () => {
    const first = await get('/');
    const etag = first.headers.get('etag') ?? '';
    expect((await get('/', { headers: { 'If-None-Match': etag } })).status).toBe(304);
  });

  it('serves another build on the same origin after setRoot, and logs every request line', async () => {
    const next = mkdtempSync(join(tmpdir(), 'itp-serve-b-'));
    writeFileSync(join(next, 'index.html'), 'home, release B');
    server.setRoot(next);
    expect(await (await get('/?q=1')).text()).toBe('home, release B');
    server.setRoot(root);
    expect(server.requests.at(-1)).toEqual({ method: 'GET', url: '/?q=1' });
  });
});

describe('_headers matching', () => {
  it('matches splats across folders and placeholders within one segment only', () => {
    const rules = parseHeaders('/a/*\n  X: splat\n/b/:one\n  Y: one\n');
    expect(headersFor(rules, '/a/b/c.js')).toEqual({ X: 'splat' });
    expect(headersFor(rules, '/b/c')).toEqual({ Y: 'one' });
    expect(headersFor(rules, '/b/c/d')).toEqual({});
  });
});
