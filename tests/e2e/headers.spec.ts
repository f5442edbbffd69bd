// The headers a real static host sends with dist/_headers applied (the static-host project serves dist/
// with scripts/serve-dist.mjs, as Netlify or Cloudflare Pages would): every kind of file gets its caching,
// framing, CORS and safety headers, and embed pages can be framed from anywhere while no other page can
// (issue #20 item 1, issue #23 item 5; src/integrations/headers.mjs).
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { serveDist } from '../../scripts/serve-dist.mjs';

const REVALIDATE = 'no-cache';
const IMMUTABLE = 'public, max-age=31536000, immutable';
const NOT_FRAMED = { 'content-security-policy': "frame-ancestors 'none'", 'x-frame-options': 'DENY' };

const first = (dir: string, ending: string) => {
  const name = readdirSync(join('dist', dir)).find((file) => file.endsWith(ending));
  if (name === undefined) throw new Error(`dist/${dir} has no *${ending}`);
  return `/${dir}/${name}`;
};

/** One path of every kind the site serves, with the headers it must carry. */
const kinds: [string, string, Record<string, string>][] = [
  ['home page', '/', { 'cache-control': REVALIDATE, ...NOT_FRAMED }],
  ['content page', '/guidance/rituximab/', { 'cache-control': REVALIDATE, ...NOT_FRAMED }],
  ['tool page', '/tools/dose-calculator/', { 'cache-control': REVALIDATE, ...NOT_FRAMED }],
  ['404 page', '/404.html', { 'cache-control': REVALIDATE, ...NOT_FRAMED }],
  ['embed page', '/embed/dose/', { 'cache-control': REVALIDATE }],
  ['service worker', '/sw.js', { 'cache-control': REVALIDATE }],
  ['embed host script', '/embed-host.js', { 'cache-control': REVALIDATE, 'access-control-allow-origin': '*' }],
  ['hashed script', first('_astro', '.js'), { 'cache-control': IMMUTABLE, 'access-control-allow-origin': '*' }],
  ['hashed stylesheet', first('_astro', '.css'), { 'cache-control': IMMUTABLE, 'access-control-allow-origin': '*' }],
  ['icon', '/favicon.svg', { 'cache-control': REVALIDATE }],
  ['sitemap index', '/sitemap-index.xml', { 'cache-control': REVALIDATE }],
  ['sitemap', '/sitemap-0.xml', { 'cache-control': REVALIDATE }],
  ['search script', '/pagefind/pagefind.js', { 'cache-control': REVALIDATE }],
  ['search entry', '/pagefind/pagefind-entry.json', { 'cache-control': REVALIDATE }],
  ['search index chunk', first('pagefind/index', '.pf_index'), { 'cache-control': IMMUTABLE }],
  ['search fragment', first('pagefind/fragment', '.pf_fragment'), { 'cache-control': IMMUTABLE }],
];

for (const [kind, path, expected] of kinds) {
  test(`${path} (${kind}) gets its caching, framing and safety headers`, async ({ request }) => {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status()).toBe(200);
    const headers = response.headers();
    expect(headers).toMatchObject({ 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer', ...expected });
    if (!('x-frame-options' in expected)) {
      expect(headers['x-frame-options']).toBeUndefined();
      expect(headers['content-security-policy'] ?? '').not.toContain('frame-ancestors');
    }
  });
}

test('an address the site never had is a 404 with nosniff, and a folder without its slash is redirected', async ({ request }) => {
  const missing = await request.get('/no-such-page');
  expect(missing.status()).toBe(404);
  expect(missing.headers()['x-content-type-options']).toBe('nosniff');
  const bare = await request.get('/embed/dose?wt=70', { maxRedirects: 0 });
  expect(bare.status()).toBe(301);
  expect(bare.headers().location).toBe('/embed/dose/?wt=70');
});

/**
 * A course page framing an embed directly, through a sandboxed srcdoc frame, through a sandboxed frame from
 * another origin (an LMS's content frame), and framing a page that is not an embed.
 */
function coursePage(site: string, middle: string): string {
  const embed = `${site}/embed/dose/`;
  return `<!doctype html><html lang="en"><title>Course</title><body>
<iframe id="direct" title="direct" src="${embed}"></iframe>
<iframe id="srcdoc" title="srcdoc" sandbox="allow-scripts" srcdoc="<iframe title='nested' src='${embed}'></iframe>"></iframe>
<iframe id="middle" title="middle" sandbox="allow-scripts" src="${middle}"></iframe>
<iframe id="refused" title="refused" src="${site}/guidance/rituximab/" onload="this.dataset.loaded = 'yes'"></iframe>
</body></html>`;
}

async function expectFramingRules(page: Page): Promise<void> {
  for (const frame of [page.frameLocator('#direct'), page.frameLocator('#srcdoc').frameLocator('iframe'), page.frameLocator('#middle').frameLocator('iframe')]) {
    await expect(frame.locator('[data-tool="dose"]')).toBeVisible();
  }
  await expect(page.locator('#refused')).toHaveAttribute('data-loaded', 'yes');
  await expect(page.frameLocator('#refused').getByRole('heading', { name: 'Rituximab' })).toHaveCount(0);
}

test('an embed page renders in a page opened from a file and in sandboxed frames; other pages refuse framing', async ({ page, baseURL }) => {
  const site = baseURL ?? '';
  const course = mkdtempSync(join(tmpdir(), 'itp-course-'));
  writeFileSync(join(course, 'middle.html'), `<!doctype html><html lang="en"><title>LMS frame</title><iframe title="widget" src="${site}/embed/dose/"></iframe></html>`);
  const lms = await serveDist({ root: course, port: 0, headers: false });
  try {
    writeFileSync(join(course, 'index.html'), coursePage(site, `${lms.url}/middle.html`));
    // From a downloaded handout or a SCORM package: a file:// page (an opaque origin).
    await page.goto(pathToFileURL(join(course, 'index.html')).href);
    await expectFramingRules(page);
    // From a course platform on another origin.
    await page.goto(`${lms.url}/`);
    await expectFramingRules(page);
  } finally {
    await lms.close();
  }
});
