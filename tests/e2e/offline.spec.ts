// After one visit the site works with no network, tools included (the static-host project: dist/ served
// with its _headers). What a release does to that copy is tested in offline-releases.spec.ts.
import { expect, test } from '@playwright/test';
import { precacheManifest } from '../../src/integrations/offline.mjs';

// The rest of the suite blocks service workers (playwright.config.ts).
test.use({ serviceWorkers: 'allow' });

test('works offline after the first visit, tools included, without reloading the first page', async ({ page, context }) => {
  await page.goto('/');
  // The worker takes control of the page it was installed from: no reload is needed before going offline.
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 30_000 }).toBe(true);
  // A widget is saved when it is first opened; the others are not.
  await page.goto('/embed/overview/');
  await expect(page.getByRole('img', { name: 'ITP after IVIG failure at a glance' })).toBeVisible();

  await context.setOffline(true);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('ITP after IVIG failure — what next?');
  await page.goto('/reference/references/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('References');
  await page.goto('/embed/overview/?theme=dark');
  await expect(page.getByRole('img', { name: 'ITP after IVIG failure at a glance' })).toBeVisible();
  await page.goto('/embed/walker/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page is not saved on this device');
  // A path written without its slash is redirected to the saved page, as the host would redirect it.
  await page.goto('/embed/overview');
  expect(new URL(page.url()).pathname).toBe('/embed/overview/');
  await page.goto('/reference/about');
  expect(new URL(page.url()).pathname).toBe('/reference/about/');

  // A tool still computes with no network: rituximab 375 mg/m² for 70 kg and 170 cm (drugs.md W57).
  await page.goto('/tools/dose-calculator/?age=45&wt=70&ht=170&regimen=rituximab-standard');
  await expect(page.getByRole('status', { name: 'Dose' }).locator('.dose')).toHaveText(['681.8 mg']);
  // An address the site never had gets the site's own 404 page.
  await page.goto('/no-such-page/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('404');
  await context.setOffline(false);
});

test('saves the pages and what they load on the first visit, and leaves the search index and the widgets for first use', async ({ page }) => {
  const requested: string[] = [];
  page.context().on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto('/');
  const listed = (await precacheManifest('dist')).length;
  await expect.poll(() => page.evaluate(async () => (await (await caches.open('itp-pathway-precache')).keys()).length), { timeout: 30_000 })
    .toBe(listed);
  expect(requested.filter((path) => path.startsWith('/pagefind/') || path.startsWith('/embed/'))).toEqual([]);
  const saved = await page.evaluate(async () => (await (await caches.open('itp-pathway-precache')).keys()).map((r) => new URL(r.url).pathname));
  expect(saved.filter((path) => path.startsWith('/embed/'))).toEqual([]);
  expect(await page.evaluate(() => caches.keys())).not.toContain('itp-pathway-search');
});
