// What a reader types never reaches a server (issue #23 item 1; docs/hazard-log.md H-PRIV-13). Each test
// serves dist/ itself with scripts/serve-dist.mjs, which logs every request line it is sent, and types
// distinctive values — age 47, weight 71.3, count 13.7 — then checks that no logged line carries one, across
// typing, reload with and without the service worker, a shared link, an old query link and an embed's
// "Open in ITP Pathway".
import { expect, test, type Page } from '@playwright/test';
import { serveDist } from '../../scripts/serve-dist.mjs';

type Server = Awaited<ReturnType<typeof serveDist>>;

const DOSE = '/tools/dose-calculator/';
const RESPONSE = '/tools/response/';
/** A typed value in a request line: in a parameter, or anywhere as the weight or count typed. */
const typed = /71[.,]3|13[.,]7|(^|[=:;,&?#/])47($|[&;:,#])/;

let server: Server;
test.beforeEach(async () => {
  server = await serveDist({ root: 'dist', port: 0 });
});
test.afterEach(async () => {
  await server.close();
});

/** Every request line the server was sent, after checking that none carries a typed value. */
function expectNothingTypedSent(): string[] {
  const lines = server.requests.map((request) => `${request.method} ${request.url}`);
  expect(lines.filter((line) => typed.test(line))).toEqual([]);
  console.log(`${test.info().title}: ${String(lines.length)} request lines logged, none with a typed value`);
  return lines;
}

async function typeCase(page: Page): Promise<void> {
  await page.getByLabel('Age (years)', { exact: true }).fill('47');
  await page.getByLabel('Weight', { exact: true }).fill('71.3');
  await page.getByLabel('Regimen', { exact: true }).selectOption('ivig');
  await expect(page).toHaveURL(/#.*wt=71\.3/);
}

async function openTool(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(page.locator('[data-tool]:not([data-live])')).toHaveCount(0);
}

test('typing, reloading and opening the shared link send no typed value; the address has no query', async ({ page, context }) => {
  await openTool(page, `${server.url}${DOSE}`);
  await typeCase(page);
  const link = page.url();
  expect(new URL(link).search).toBe('');
  await page.reload();
  await expect(page.getByLabel('Weight', { exact: true })).toHaveValue('71.3');

  const recipient = await context.newPage();
  await openTool(recipient, link);
  await expect(recipient.getByLabel('Age (years)', { exact: true })).toHaveValue('47');
  await expect(recipient.getByRole('status', { name: 'Dose' })).toBeVisible();

  const response = await context.newPage();
  await openTool(response, `${server.url}${RESPONSE}`);
  await response.getByLabel('Baseline count', { exact: true }).fill('13.7');
  await expect(response).toHaveURL(/#.*base=13\.7/);
  await response.reload();
  await expect(response.getByLabel('Baseline count', { exact: true })).toHaveValue('13.7');

  const lines = expectNothingTypedSent();
  expect(lines.filter((line) => line.startsWith(`GET ${DOSE}`))).toHaveLength(3);
});

test('an old query link is read, then moved out of the address: a reload sends nothing typed', async ({ page }) => {
  await openTool(page, `${server.url}${DOSE}?age=47&wt=71.3&regimen=ivig`);
  await expect(page.getByLabel('Weight', { exact: true })).toHaveValue('71.3');
  expect(new URL(page.url()).search).toBe('');
  expect(new URL(page.url()).hash).toBe('#age=47&wt=71.3&regimen=ivig');
  // The request that fetched the old link carried it, as it always did; nothing after it does.
  server.requests.length = 0;
  await page.reload();
  await expect(page.getByLabel('Age (years)', { exact: true })).toHaveValue('47');
  expectNothingTypedSent();
});

test('an in-page anchor and the case share the fragment: following the contents keeps the case', async ({ page }) => {
  await openTool(page, `${server.url}${DOSE}`);
  await typeCase(page);
  await page.evaluate(() => {
    window.location.hash = 'case';
  });
  await expect(page).toHaveURL(/#age=47&wt=71\.3&regimen=ivig&at=case$/);
  await page.reload();
  await expect(page.getByLabel('Weight', { exact: true })).toHaveValue('71.3');
  expectNothingTypedSent();
});

test('the embed’s “Open in ITP Pathway” carries what the learner typed in its fragment only', async ({ page }) => {
  await openTool(page, `${server.url}/embed/dose/?regimen=ivig`);
  await page.getByLabel('Weight', { exact: true }).fill('71.3');
  const open = page.getByRole('link', { name: /Open in ITP Pathway/ });
  await expect(open).toHaveAttribute('href', `${DOSE}#wt=71.3&regimen=ivig`);
  await openTool(page, `${server.url}${(await open.getAttribute('href')) ?? ''}`);
  await expect(page.getByLabel('Weight', { exact: true })).toHaveValue('71.3');
  expectNothingTypedSent();
});

test.describe('with the offline service worker', () => {
  test.use({ serviceWorkers: 'allow' });

  test('a reload served by the worker, and one it passes to the network, send nothing typed', async ({ page }) => {
    await openTool(page, `${server.url}${DOSE}`);
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 30_000 }).toBe(true);
    await typeCase(page);
    await page.reload();
    await expect(page.getByLabel('Weight', { exact: true })).toHaveValue('71.3');
    // A hard reload bypasses the worker and goes to the server.
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((registration) => registration?.unregister()));
    await page.reload();
    await expect(page.getByLabel('Weight', { exact: true })).toHaveValue('71.3');
    const lines = expectNothingTypedSent();
    expect(lines.length).toBeGreaterThan(0);
  });
});
