// The algorithm walker on the algorithm page: loads on first use, shows the engine's urgency and ranked
// options, lights the engine's path on the diagram, reproduces a linked case, sends nothing anywhere.
import { expect, test, type Page } from '@playwright/test';
import { recommend } from '../../src/engine';
import { expectAxeCleanInBothThemes } from './support/axe';
import { expectNoSideways, openTool, recordRequests } from './tools-support';

const path = '/algorithm/';
const result = (page: Page) => page.getByRole('status', { name: 'Recommendation' });
const caseQuery = '?age=45&plt=25&bleed=none&months=14&prior=corticosteroids%3Adependent%2Civig%3Ano-response';
const engine = recommend({
  ageYears: 45, count: 25, bleeding: 'none', monthsSinceDiagnosis: 14,
  prior: [{ therapy: 'corticosteroids', outcome: 'dependent' }, { therapy: 'ivig', outcome: 'no-response' }],
});

async function expectWalked(page: Page): Promise<void> {
  if (!engine.ok) throw new Error('engine failed');
  const { urgency, options, path: walked } = engine.value;
  await expect(result(page).locator('.urgency')).toHaveText(urgency.charAt(0).toUpperCase() + urgency.slice(1));
  await expect(result(page).locator('.options > li > strong')).toHaveText(options.map((o) => o.label));
  await expect(result(page).locator('.path-text li')).toHaveCount(walked.length);
  const lit = await page.locator('svg g.node.is-on-path').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-id')));
  expect(new Set(lit)).toEqual(new Set(walked));
  expect(await page.locator('svg polyline.edge.is-on-path').count()).toBeGreaterThanOrEqual(walked.length - 1);
}

test('loads on first use, then walks the typed case as the engine does and lights its path', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(r.url());
  });
  await page.goto(path);
  await page.waitForLoadState('networkidle');
  expect(scripts.filter((url) => url.includes('mount'))).toEqual([]);
  await page.getByRole('button', { name: 'Walk a case' }).click();
  await expect(page.getByLabel('Age (years)', { exact: true })).toBeFocused();
  await page.getByLabel('Age (years)', { exact: true }).fill('45');
  await page.getByLabel('Platelet count', { exact: true }).fill('25');
  await page.getByLabel('Bleeding now', { exact: true }).selectOption('none');
  await page.getByLabel('Months since diagnosis', { exact: true }).fill('14');
  await page.getByLabel('Treatment', { exact: true }).selectOption('corticosteroids');
  await page.getByLabel('Outcome', { exact: true }).selectOption('dependent');
  await page.getByRole('button', { name: 'Add treatment' }).click();
  await page.getByLabel('Treatment', { exact: true }).selectOption('ivig');
  await page.getByLabel('Outcome', { exact: true }).selectOption('no-response');
  await page.getByRole('button', { name: 'Add treatment' }).press('Enter');
  await expectWalked(page);
});

test('a link with a case opens the walker at once with the same result', async ({ page }) => {
  await openTool(page, `${path}${caseQuery}`);
  await expectWalked(page);
});

test('says the unit assumed for the count, and refuses one typed in the wrong unit', async ({ page }) => {
  await openTool(page, `${path}${caseQuery}`);
  await expect(page.getByText('Read as 25 ×10⁹/L = 25 ×10⁹/L.')).toBeVisible();
  await page.getByLabel('Platelet count', { exact: true }).fill('25000');
  await expect(page.locator('#case-count-error')).toContainText('µL');
  await expect(result(page).locator('.urgency')).toHaveCount(0);
  await page.getByLabel('Platelet count unit').selectOption('/uL');
  await expectWalked(page);
});

test('makes no network request while a case is walked', async ({ page }) => {
  await openTool(page, `${path}${caseQuery}`);
  await expect(result(page).locator('.urgency')).toBeVisible();
  const requests = await recordRequests(page);
  await page.getByLabel('Platelet count', { exact: true }).fill('8');
  await page.getByLabel('Bleeding now', { exact: true }).selectOption('mucosal');
  await page.getByRole('group', { name: 'Taking an anticoagulant' }).getByLabel('Yes', { exact: true }).check();
  await expect(result(page).locator('.urgency')).toHaveText('Urgent');
  expect(requests).toEqual([]);
});

test('is axe-clean with the walker open in both themes', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await openTool(page, `${path}${caseQuery}`);
  await expect(result(page).locator('.urgency')).toBeVisible();
  await expectAxeCleanInBothThemes(page);
});

test('is usable at 320 px wide', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await openTool(page, `${path}${caseQuery}`);
  await expect(result(page).locator('.urgency')).toBeVisible();
  // The page's own step table scrolls sideways by design; the walker must not.
  await expectNoSideways(page, '.walker-host');
});
