// The algorithm walker on the algorithm page: loads on first use, shows the engine's urgency and ranked
// options, lights the engine's path on the diagram, reproduces a linked case, sends nothing anywhere.
import { expect, test, type Page } from '@playwright/test';
import { recommend, urgencyMeanings } from '../../src/engine';
import { expectAxeCleanInBothThemes } from './support/axe';
import { expectNoSideways, linkState, openTool, recordRequests } from './tools-support';

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
  await expect(result(page).locator('.urgency')).toHaveText(urgencyMeanings[urgency].label);
  await expect(result(page).locator('.urgency-action')).toHaveText(urgencyMeanings[urgency].action);
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
  // Each row counts once both are chosen: no Add to press (issue #17).
  await page.getByLabel('Treatment 1', { exact: true }).selectOption('corticosteroids');
  await page.getByLabel('Outcome of treatment 1', { exact: true }).selectOption('dependent');
  await page.getByLabel('Treatment 2', { exact: true }).selectOption('ivig');
  await page.getByLabel('Outcome of treatment 2', { exact: true }).selectOption('no-response');
  await expectWalked(page);
});

test('a link with a case opens the walker at once with the same result', async ({ page }) => {
  await openTool(page, `${path}${caseQuery}`);
  await expectWalked(page);
});

test('says the unit assumed for the count, and refuses one typed in the wrong unit', async ({ page }) => {
  await openTool(page, `${path}${caseQuery}`);
  await expect(page.getByText('Read as 25 ×10⁹/L.')).toBeVisible();
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

// Issue #17 item 5: the walker asks what applies to this patient, counts what was chosen, and says what the
// urgency means.
test.describe('the questions that apply (issue #17)', () => {
  const pregnancyQuery = '?age=31&plt=15&bleed=none&months=5&preg=1&gest=30&prior=corticosteroids%3Ano-response%2Civig%3Ano-response';

  test('gestation and a planned delivery are asked only in pregnancy, and a linked gestation is used', async ({ page }) => {
    await openTool(page, `${path}${pregnancyQuery}`);
    await expect(page.getByLabel('Gestation (completed weeks)')).toHaveValue('30');
    await expect(page.getByRole('group', { name: 'Delivery planned' })).toBeVisible();
    const engine = recommend({
      ageYears: 31, count: 15, bleeding: 'none', monthsSinceDiagnosis: 5, pregnant: true, gestationWeeks: 30,
      prior: [{ therapy: 'corticosteroids', outcome: 'no-response' }, { therapy: 'ivig', outcome: 'no-response' }],
    });
    if (!engine.ok) throw new Error('engine failed');
    await expect(result(page).locator('.options > li > strong')).toHaveText(engine.value.options.map((o) => o.label));
    // A TPO-RA is offered at 30 weeks after corticosteroids and IVIG failed (ICR, late pregnancy).
    const tpo = engine.value.options.find((o) => o.id === 'tpo-ra');
    expect(tpo?.deferred).toBeUndefined();
    await page.getByRole('group', { name: 'Pregnant' }).getByLabel('No', { exact: true }).check();
    await expect(page.getByLabel('Gestation (completed weeks)')).toHaveCount(0);
    await expect(page.getByRole('group', { name: 'Delivery planned' })).toHaveCount(0);
    await expect(result(page).locator('.urgency')).toBeVisible();
  });

  test('a pregnant child loads the pregnancy part and the children’s rows only, and gets the engine’s answer', async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('.js')) scripts.push(new URL(r.url()).pathname);
    });
    await openTool(page, `${path}${pregnancyQuery.replace('age=31', 'age=16')}`);
    const engine = recommend({
      ageYears: 16, count: 15, bleeding: 'none', monthsSinceDiagnosis: 5, pregnant: true, gestationWeeks: 30,
      prior: [{ therapy: 'corticosteroids', outcome: 'no-response' }, { therapy: 'ivig', outcome: 'no-response' }],
    });
    if (!engine.ok) throw new Error('engine failed');
    await expect(result(page).locator('.options > li > strong')).toHaveText(engine.value.options.map((o) => o.label));
    const parts = scripts.map((script) => script.match(/\/(adult|child-in-pregnancy|child|pregnancy)-[\w-]+\.js$/)?.[1]).filter(Boolean);
    expect(parts.sort()).toEqual(['child-in-pregnancy', 'pregnancy']);
  });

  test('an option whose therapy failed says first why it returns', async ({ page }) => {
    await openTool(page, `${path}${pregnancyQuery}`);
    const engine = recommend({
      ageYears: 31, count: 15, bleeding: 'none', monthsSinceDiagnosis: 5, pregnant: true, gestationWeeks: 30,
      prior: [{ therapy: 'corticosteroids', outcome: 'no-response' }, { therapy: 'ivig', outcome: 'no-response' }],
    });
    const first = engine.ok ? engine.value.options[0] : undefined;
    if (first?.repeatReason === undefined) throw new Error('expected a repeat reason on the first option');
    await expect(result(page).locator('.options > li').first().locator('.option-repeat')).toHaveText(first.repeatReason);
  });

  test('quality of life is asked for a child only', async ({ page }) => {
    await openTool(page, `${path}${caseQuery}`);
    await expect(page.getByRole('group', { name: 'Quality of life reduced by ITP' })).toHaveCount(0);
    await page.getByLabel('Age (years)', { exact: true }).fill('7');
    await expect(page.getByRole('group', { name: 'Quality of life reduced by ITP' })).toBeVisible();
    await page.getByLabel('Age (years)', { exact: true }).fill('18');
    await expect(page.getByRole('group', { name: 'Quality of life reduced by ITP' })).toHaveCount(0);
  });

  test('a steroid-refractory patient: the chosen row counts without Add, so dexamethasone is not offered first', async ({ page }) => {
    await openTool(page, `${path}?age=45&plt=15&bleed=none&months=4`);
    await page.getByLabel('Treatment 1', { exact: true }).selectOption('corticosteroids');
    await expect(result(page).getByRole('link', { name: /Earlier treatment 1 has a treatment or an outcome but not both/ })).toHaveAttribute('href', '#case-prior');
    await page.getByLabel('Outcome of treatment 1', { exact: true }).selectOption('no-response');
    const engine = recommend({ ageYears: 45, count: 15, bleeding: 'none', monthsSinceDiagnosis: 4, prior: [{ therapy: 'corticosteroids', outcome: 'no-response' }] });
    if (!engine.ok) throw new Error('engine failed');
    await expect(result(page).locator('.options > li > strong')).toHaveText(engine.value.options.map((o) => o.label));
    await expect(result(page).locator('.options > li > strong').first()).not.toHaveText(/dexamethasone/i);
    expect(linkState(page).get('prior')).toBe('corticosteroids:no-response');
  });

  test('the urgency says what to do, in the engine’s words, beside the options', async ({ page }) => {
    await openTool(page, `${path}?age=45&plt=8&bleed=mucosal&months=1&prior=ivig%3Ano-response`);
    await expect(result(page).locator('.urgency-action')).toHaveText(urgencyMeanings.urgent.action);
    await expect(result(page).locator('.urgency-meaning')).toContainText(urgencyMeanings.urgent.meaning);
  });
});
