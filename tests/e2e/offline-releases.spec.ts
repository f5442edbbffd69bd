// Two releases served one after the other on the same origin, as a reader returning after a deploy meets
// them (issue #22; docs/hazard-log.md "Offline copy and releases"). Each test serves its own copies of
// dist/ (tests/e2e/support/releases.ts) with scripts/serve-dist.mjs, `_headers` applied unless stated.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { DOSE_TEXT_B, nextRelease, releaseA, removeRelease, restore, retiringRelease, type Release } from './support/releases';
import { expectAxeClean } from './support/axe';
import { evict, expectOfflineCopy, host, saved, setOnline, workerVersion, type Host } from './support/offline';

// The rest of the suite blocks service workers (playwright.config.ts).
test.use({ serviceWorkers: 'allow' });
// Each test installs the offline copy two or three times.
test.setTimeout(180_000);

const DOSE = '/tools/dose-calculator/';
// Rituximab 375 mg/m² for 70 kg and 170 cm (drugs.md W57).
const DOSE_CASE = `${DOSE}?age=45&wt=70&ht=170&regimen=rituximab-standard`;

async function expectDose(page: Page): Promise<void> {
  await expect(page.getByRole('status', { name: 'Dose' }).locator('.dose')).toHaveText(['681.8 mg']);
}

async function walkerStarts(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Walk a case' }).click();
  await expect(page.getByLabel('Age (years)', { exact: true })).toBeVisible();
}

/** The dose calculator's bundle in `release` (its page's one script file). */
function doseScript(release: Release): string {
  const html = readFileSync(join(release.dir, 'tools/dose-calculator/index.html'), 'utf8');
  const src = /<script src="(\/_astro\/[^"]+\.js)" defer>/.exec(html)?.[1];
  if (src === undefined) throw new Error('The dose calculator page names no script file.');
  return src;
}

const releases: Release[] = [];
const hosts: Host[] = [];
test.afterEach(async () => {
  for (const server of hosts.splice(0)) await server.close();
  for (const release of releases.splice(0)) removeRelease(release);
});

/** Deleted after the test. */
function track(...made: Release[]): void {
  releases.push(...made);
}

/** A host for `release`, closed after the test. */
async function serve(release: Release, options?: Parameters<typeof host>[1]): Promise<Host> {
  const server = await host(release, options);
  hosts.push(server);
  return server;
}

test('a release reaches the reader at the next page; an open page of the old one keeps working and offers a reload', async ({ context }) => {
  const a = releaseA();
  const b = await nextRelease(a, 'b');
  track(a, b);
  const server = await serve(a);
  const page = await context.newPage();
  await page.goto(`${server.url}${DOSE}`);
  await expectOfflineCopy(page, a);

  await setOnline(context, server, false);
  await page.goto(`${server.url}${DOSE_CASE}`);
  await expectDose(page);
  await setOnline(context, server, true);
  // Pages of release A stay open: one mid-case, and two whose walker (started on first use) is not loaded.
  const typing = await context.newPage();
  await typing.goto(`${server.url}${DOSE_CASE}`);
  await typing.getByLabel('Weight', { exact: true }).fill('71');
  const open = await context.newPage();
  await open.goto(`${server.url}/algorithm/`);
  const stale = await context.newPage();
  await stale.goto(`${server.url}/algorithm/`);

  server.setRoot(b.dir);
  await page.goto(`${server.url}/guidance/rituximab/`);
  await expect(page.getByText(DOSE_TEXT_B)).toBeVisible();
  await expectOfflineCopy(page, b);

  // Told, never reloaded: the case being typed is still there.
  const notice = typing.getByRole('status').filter({ hasText: 'A new version of ITP Pathway is available.' });
  await expect(notice).toBeVisible();
  await expect(typing.getByLabel('Weight', { exact: true })).toHaveValue('71');
  await expectAxeClean(typing, { include: '.update-notice' });
  // Its walker still starts, on release A's script, kept for open pages.
  await expect(open.getByRole('status').filter({ hasText: 'A new version of ITP Pathway is available.' })).toBeVisible();
  await walkerStarts(open);
  expect(await open.evaluate(() => document.documentElement.dataset.release)).toBeUndefined();
  await open.getByRole('button', { name: 'Reload' }).click();
  await expect(open.locator('#itp-pathway-update')).toHaveAttribute('data-version', b.version);
  // A page older than the kept scripts, whose walker script the HTTP cache no longer has either: its walker
  // says it did not load, and is inert.
  await stale.evaluate(() => caches.delete('itp-pathway-previous'));
  await (await context.newCDPSession(stale)).send('Network.clearBrowserCache');
  await stale.getByRole('button', { name: 'Walk a case' }).click();
  await expect(stale.getByRole('alert')).toHaveText(/The walker tool did not load: a new version is available\./);
  await expect(stale.locator('[data-tool="walker"]')).toHaveAttribute('inert', '');
  await stale.getByRole('alert').getByRole('button', { name: 'Reload' }).click();
  await expect(stale.locator('#itp-pathway-update')).toHaveAttribute('data-version', b.version);

  await setOnline(context, server, false);
  await page.goto(`${server.url}/guidance/rituximab/`);
  await expect(page.getByText(DOSE_TEXT_B)).toBeVisible();
  await page.goto(`${server.url}/algorithm/`);
  await walkerStarts(page);
  await expect.poll(() => page.evaluate(() => document.documentElement.dataset.release)).toBe('b');
  await page.goto(`${server.url}${DOSE_CASE}`);
  await expectDose(page);
  // The path without its slash, as a host redirects it, with its preset.
  await page.goto(`${server.url}${DOSE_CASE.replace('/?', '?')}`);
  expect(new URL(page.url()).pathname).toBe(DOSE);
  await expectDose(page);
});

test('a release with a missing file still installs; offline, a page or tool not saved says so; online, the copy heals', async ({ context }) => {
  const a = releaseA();
  const c = await nextRelease(a, 'c', ['guidance/splenectomy/index.html']);
  track(a, c);
  const server = await serve(a);
  const page = await context.newPage();
  await page.goto(`${server.url}/`);
  await expectOfflineCopy(page, a);

  server.setRoot(c.dir);
  await page.goto(`${server.url}/guidance/rituximab/`);
  await expect(page.getByText(DOSE_TEXT_B)).toBeVisible();
  await expectOfflineCopy(page, c);

  await setOnline(context, server, false);
  await page.goto(`${server.url}/guidance/splenectomy/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page is not saved on this device');
  await setOnline(context, server, true);
  restore(c, 'guidance/splenectomy/index.html');

  // The browser evicts a page and a tool's script from the copy.
  const script = doseScript(c);
  expect(await evict(page, ['/guidance/rituximab/', script])).toBe(2);
  await setOnline(context, server, false);
  await page.goto(`${server.url}/guidance/rituximab/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page is not saved on this device');
  await expect(page.locator('code', { hasText: '/guidance/rituximab/' })).toBeVisible();
  await page.goto(`${server.url}${DOSE_CASE}`);
  await expect(page.getByRole('alert')).toHaveText(/The dose tool is not saved on this device, so it cannot work offline/);
  await expect(page.locator('[data-tool="dose"]')).toHaveAttribute('inert', '');

  await setOnline(context, server, true);
  await page.goto(`${server.url}/`);
  await expect.poll(() => saved(page, ['/guidance/rituximab/', '/guidance/splenectomy/', script]), { timeout: 30_000 }).toBe(true);
  await setOnline(context, server, false);
  await page.goto(`${server.url}/guidance/splenectomy/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Splenectomy');
  await page.goto(`${server.url}/guidance/rituximab/`);
  await expect(page.getByText(DOSE_TEXT_B)).toBeVisible();
  await page.goto(`${server.url}${DOSE_CASE}`);
  await expectDose(page);
});

test('a host that ignores _headers and lets browsers cache pages for 10 minutes still gets the new release into the copy', async ({ context }) => {
  const a = releaseA();
  const b = await nextRelease(a, 'b');
  track(a, b);
  const server = await serve(a, { headers: false, cacheControl: 'public, max-age=600' });
  const page = await context.newPage();
  // Every page of release A in the HTTP cache too, as a reader who has browsed the site.
  for (const path of ['/', '/guidance/rituximab/', '/algorithm/', DOSE]) await page.goto(`${server.url}${path}`);
  await expectOfflineCopy(page, a);

  server.setRoot(b.dir);
  await page.goto(`${server.url}/guidance/rituximab/`);
  await expect(page.getByText(DOSE_TEXT_B)).toBeVisible();
  await expectOfflineCopy(page, b);
  await setOnline(context, server, false);
  await page.goto(`${server.url}/guidance/rituximab/`);
  await expect(page.getByText(DOSE_TEXT_B)).toBeVisible();
  await page.goto(`${server.url}/algorithm/`);
  await walkerStarts(page);
  await expect.poll(() => page.evaluate(() => document.documentElement.dataset.release)).toBe('b');
});

test('the kill-switch release removes the offline copy and the worker, and reloads nobody', async ({ context }) => {
  const a = releaseA();
  const retire = await retiringRelease(a);
  track(a, retire);
  const server = await serve(a);
  const page = await context.newPage();
  await page.goto(`${server.url}/`);
  await expectOfflineCopy(page, a);
  expect(await page.evaluate(async () => (await caches.keys()).length)).toBeGreaterThan(0);

  server.setRoot(retire.dir);
  await page.goto(`${server.url}/guidance/rituximab/`);
  await expect.poll(() => page.evaluate(async () => (await caches.keys()).length), { timeout: 30_000 }).toBe(0);
  await expect.poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
  expect(await workerVersion(page)).toBe('');
  await setOnline(context, server, false);
  await expect(page.goto(`${server.url}/guidance/splenectomy/`)).rejects.toThrow();
});
