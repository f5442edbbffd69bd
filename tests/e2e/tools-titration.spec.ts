// The titration simulator in Chromium: the steps on screen are the engine's for the same input, counts are
// typed from the keyboard, the romiplostim rule set changes the decision, links reproduce the screen,
// errors sit beside their fields, and nothing leaves the page.
import { expect, test, type Page } from '@playwright/test';
import { formatDose, formatNumber, formatRate, formatVolume, titrate, type TitrationInput } from '../../src/engine';
import { actionNames } from '../../src/tools/titration/words';
import { expectAxeCleanInBothThemes } from './support/axe';
import { expectOnlyTablesScroll, linkState, openTool, recordRequests, sandboxLike } from './tools-support';

const path = '/tools/titration/';
const latest = (page: Page) => page.getByRole('status', { name: 'Latest decision' });
const stepRows = (page: Page) => page.locator('.steps-table tbody tr');
const chart = (page: Page) => page.getByRole('img', { name: 'Platelet count and dose over time' });


/** Types the counts as a reader would: a count, then Enter (a row for the next count due, its count focused). */
async function typeCounts(page: Page, counts: readonly string[]): Promise<void> {
  await page.locator('#titration-count-0').focus();
  for (const [index, count] of counts.entries()) {
    await page.keyboard.type(count);
    if (index === counts.length - 1) break;
    await page.keyboard.press('Enter');
    await expect(page.locator(`#titration-count-${index + 1}`)).toBeFocused();
  }
}

function engineSteps(input: TitrationInput) {
  const result = titrate(input);
  if (!result.ok) throw new Error(result.errors.map((error) => error.message).join(' '));
  return result.value.steps;
}

test('romiplostim 70 kg: the doses, volumes and vials on screen are the engine’s (1 then 2 mcg/kg, 140 mcg, 0.28 mL)', async ({ page }) => {
  await openTool(page, path);
  await page.locator('#case-weight').fill('70');
  await typeCounts(page, ['20', '30']);
  await expect(page.locator('#titration-day-1')).toHaveValue('7');
  const steps = engineSteps({ agent: 'romiplostim', weightKg: 70, counts: [{ day: 0, count: 20 }, { day: 7, count: 30 }] });
  await expect(stepRows(page)).toHaveCount(steps.length);
  for (const [index, step] of steps.entries()) {
    const row = stepRows(page).nth(index);
    if (step.dose === null || step.preparation === undefined || step.dose.perKg === undefined) throw new Error('expected a dose');
    await expect(row.locator('td').nth(2)).toContainText(`${formatDose(step.dose)} (${formatRate(step.dose.perKg, undefined, 'mcg', 'kg')})`);
    await expect(row.locator('td').nth(3)).toContainText(formatVolume(step.preparation.volumeMl));
    await expect(row.locator('td').nth(5)).toContainText(step.reason);
  }
  await expect(stepRows(page).nth(1).locator('td').nth(2)).toContainText('140 mcg (2 mcg/kg)');
  await expect(stepRows(page).nth(1).locator('td').nth(3)).toContainText('0.28 mL');
  await expect(latest(page)).toContainText('Day 7: Increase');
  await expect(latest(page)).toContainText('Next count: day 14');
  await expect(chart(page)).toBeVisible();
  await expect(page.locator('#titration-chart-desc')).toContainText('20 and 30 ×10⁹/L');
});

test('72.5 kg rounds the first volume half up to 0.15 mL (W13)', async ({ page }) => {
  await openTool(page, `${path}?wt=72.5&counts=0:20`);
  await expect(stepRows(page).first().locator('td').nth(3)).toContainText('0.15 mL');
});

test('the US/EU toggle says which rule set is in force and changes the decision (W18)', async ({ page }) => {
  await openTool(page, `${path}?wt=70&counts=0:20,7:20,14:20,21:160,28:160`);
  await expect(latest(page)).toContainText('Keep the dose');
  await expect(latest(page)).toContainText('Rule set in force: US label');
  await page.getByRole('group', { name: 'Rule set' }).getByLabel('EU SmPC', { exact: false }).check();
  await expect(latest(page)).toContainText('Day 28: Decrease');
  await expect(latest(page)).toContainText('Rule set in force: EU SmPC');
  await expect(page.locator('#titration-chart-desc')).toContainText('lines at 50, 150 and 250');
  expect(linkState(page).get('rules')).toBe('eu-smpc');
});

test('the rule set toggle is for romiplostim only; the other agents say the US label is in force', async ({ page }) => {
  await openTool(page, `${path}?age=40`);
  await page.getByRole('group', { name: 'Agent' }).getByLabel('Eltrombopag (PROMACTA)').check();
  await expect(page.getByRole('group', { name: 'Rule set' })).toHaveCount(0);
  await expect(page.locator('#titration-ruleset')).toContainText('the only table verified for eltrombopag');
  await page.locator('#titration-count-0').fill('20');
  await expect(latest(page)).toContainText('East- or Southeast-Asian ancestry');
  await page.getByRole('group', { name: 'East- or Southeast-Asian ancestry' }).getByLabel('No', { exact: true }).check();
  await page.getByRole('group', { name: /Hepatic impairment/ }).getByLabel('No', { exact: true }).check();
  await expect(latest(page)).toContainText('Day 0: Start — 50 mg once daily');
});

test('a link reproduces the agent, rule set, options and counts, and the result', async ({ page }) => {
  await openTool(page, path);
  await page.getByRole('group', { name: 'Agent' }).getByLabel('Avatrombopag (DOPTELET)').check();
  await page.locator('#case-age').fill('40');
  await page.getByRole('group', { name: /CYP2C9/ }).getByLabel('A dual inhibitor').check();
  await typeCounts(page, ['20', '30']);
  await expect(page).toHaveURL(/#.*counts=0:20;7:30/);
  await openTool(page, page.url());
  await expect(page.locator('#titration-count-1')).toHaveValue('30');
  await expect(page.getByRole('group', { name: /CYP2C9/ }).getByLabel('A dual inhibitor')).toBeChecked();
  await expect(stepRows(page).first().locator('td').nth(2)).toHaveText('3');
});

test('counts by date convert to days from the first dose', async ({ page }) => {
  await openTool(page, `${path}?wt=70`);
  await page.getByRole('group', { name: 'Enter each count by' }).getByLabel('Dates').check();
  await page.locator('#titration-day-0').fill('2026-01-05');
  await page.locator('#titration-count-0').fill('20');
  await page.locator('#titration-count-0').press('Enter');
  await expect(page.locator('#titration-day-1')).toHaveValue('2026-01-12');
  await page.locator('#titration-day-1').fill('2026-01-13');
  await page.locator('#titration-count-1').fill('30');
  await expect(latest(page)).toContainText('Day 8: Increase');
  expect(linkState(page).get('counts')).toBe('0:20;8:30');
});

test('counts by week: whole weeks, or weeks+days for a count between them', async ({ page }) => {
  await openTool(page, `${path}?age=40&agent=eltrombopag&asian=0&liver=0`);
  await page.getByRole('group', { name: 'Enter each count by' }).getByLabel('Weeks').check();
  await expect(page.locator('#titration-day-0')).toHaveValue('0');
  await page.locator('#titration-count-0').fill('20');
  await page.locator('#titration-count-0').press('Enter');
  await expect(page.locator('#titration-day-1')).toHaveValue('1');
  await expect(page.locator('#titration-count-1')).toBeFocused();
  await page.locator('#titration-day-1').fill('2');
  await page.locator('#titration-day-1').press('Enter');
  await expect(page.locator('#titration-count-1')).toBeFocused();
  await page.keyboard.type('450');
  await page.keyboard.press('Enter');
  // Stopped for a high count: the engine asks for a count twice weekly, 3 days on.
  await expect(page.locator('#titration-day-2')).toHaveValue('2+3');
  await page.locator('#titration-day-2').fill('3');
  await page.locator('#titration-count-2').fill('140');
  await expect(latest(page)).toContainText('Day 21: Restart');
  expect(linkState(page).get('counts')).toBe('0:20;14:450;21:140');
});

test('a day out of order shows the engine’s error beside that row’s day, and no steps', async ({ page }) => {
  await openTool(page, `${path}?wt=70&counts=0:20,7:30,5:40`);
  const error = page.locator('#titration-day-2-error');
  await expect(error).toHaveAttribute('role', 'alert');
  await expect(error).toContainText('Day 5 does not come after day 7');
  await expect(latest(page).getByRole('link', { name: /Day 5 does not come after day 7/ })).toBeVisible();
  await expect(stepRows(page)).toHaveCount(0);
  await expect(chart(page)).toHaveCount(0);
});

test('unusable link values fall back with a visible notice', async ({ page }) => {
  await openTool(page, `${path}?agent=aspirin&counts=0:20,seven:30`);
  const notice = page.locator('.url-notices');
  await expect(notice).toContainText('agent=aspirin');
  await expect(notice).toContainText('seven:30');
  await expect(page.getByRole('group', { name: 'Agent' }).getByLabel('Romiplostim (Nplate)')).toBeChecked();
});

test('makes no network request at all while the simulator is used', async ({ page }) => {
  await openTool(page, path);
  const requests = await recordRequests(page);
  await page.locator('#case-weight').fill('70');
  await typeCounts(page, ['20', '30', '450', '100']);
  await page.getByRole('group', { name: 'Rule set' }).getByLabel('EU SmPC', { exact: false }).check();
  await page.getByRole('button', { name: 'Remove count 4' }).click();
  await page.getByRole('group', { name: 'Agent' }).getByLabel('Fostamatinib (TAVALISSE)').check();
  expect(requests).toEqual([]);
});

test('loads an agent’s label table when the agent is chosen, once, from the scripts its root lists', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (/\/_astro\/(romiplostim|eltrombopag|avatrombopag|fostamatinib)-/.test(url.pathname)) fetched.push(url.pathname);
  });
  await openTool(page, path);
  const listed = JSON.parse(await page.locator('[data-tool="titration"]').getAttribute('data-load-on-choice') ?? '{}') as Record<string, string>;
  expect(Object.keys(listed).sort()).toEqual(['avatrombopag', 'eltrombopag', 'fostamatinib', 'romiplostim']);
  await expect.poll(() => fetched).toEqual([listed.romiplostim]);
  const agent = page.getByRole('group', { name: 'Agent' });
  await agent.getByLabel('Eltrombopag (PROMACTA)').check();
  await agent.getByLabel('Romiplostim (Nplate)').check();
  await agent.getByLabel('Eltrombopag (PROMACTA)').check();
  await expect.poll(() => fetched).toEqual([listed.romiplostim, listed.eltrombopag]);
  await page.locator('#case-age').fill('40');
  await page.getByRole('group', { name: 'East- or Southeast-Asian ancestry' }).getByLabel('No', { exact: true }).check();
  await page.getByRole('group', { name: /Hepatic impairment/ }).getByLabel('No', { exact: true }).check();
  await page.locator('#titration-count-0').fill('20');
  await expect(latest(page)).toContainText('Start');
});

test('works inside a sandboxed frame (no storage, no address changes)', async ({ page }) => {
  const errors = await sandboxLike(page);
  await openTool(page, `${path}?wt=70`);
  await typeCounts(page, ['20', '30']);
  await expect(latest(page)).toContainText('Day 7: Increase');
  expect(errors).toEqual([]);
});

test('is axe-clean with a result in both themes, and usable at 320 px wide', async ({ page }) => {
  test.setTimeout(60_000);
  await page.emulateMedia({ colorScheme: 'light' });
  await openTool(page, `${path}?wt=70&counts=0:20,7:30,14:450,21:100`);
  await expect(stepRows(page)).toHaveCount(4);
  await expectAxeCleanInBothThemes(page);
  await page.setViewportSize({ width: 320, height: 800 });
  await openTool(page, `${path}?wt=70&counts=0:20,7:30,14:450,21:100`);
  await expectOnlyTablesScroll(page);
  const box = await chart(page).boundingBox();
  expect(box?.width).toBeLessThanOrEqual(320);
  // At 320 px the steps are cards (phone.spec.ts checks every field): nothing left to scroll to.
  const steps = page.getByRole('region', { name: /Steps:/ });
  expect(await steps.evaluate((element) => element.scrollWidth - element.clientWidth)).toBeLessThanOrEqual(0);
  await page.locator('#titration-count-3').fill('120');
  await expect(latest(page)).toContainText('Day 21');
});

// Issue #18: counts typed per µL with thousands separators are read as the laboratory meant them, and no
// hold is ever silent: a restart decision is said first, and counts go on after a stop.
test.describe('the edges (issue #18)', () => {
  test('"12,000 … 230,000" /µL: read as 12 … 230 ×10⁹/L, saying how, and the decisions are the engine’s for those counts', async ({ page }) => {
    await openTool(page, `${path}?wt=70&age=45`);
    await page.getByLabel('Unit of every count').selectOption('/uL');
    await typeCounts(page, ['12,000', '30,000', '230,000', '230,000']);
    await expect(page.locator('#titration-count-3-notes')).toContainText('“230,000” was read as 230,000: the comma separates thousands.');
    await expect(page.locator('#titration-count-3-notes')).toContainText('230,000 /µL = 230 ×10⁹/L');
    const steps = engineSteps({ agent: 'romiplostim', weightKg: 70, options: { ageYears: 45 }, counts: [0, 7, 14, 21].map((day, at) => ({ day, count: [12, 30, 230, 230][at] ?? 0 })) });
    await expect(stepRows(page).locator('td:nth-child(3)')).toHaveText(steps.map((step) => actionNames[step.action]));
    await expect(latest(page)).toContainText('Day 21: Decrease');
  });

  test('a hold at the lowest dose with a count below the restart count says "restart decision needed now" first, with the next count', async ({ page }) => {
    await openTool(page, `${path}?wt=60&counts=0:250,7:230,14:100`);
    await expect(latest(page).locator('.restart-decision')).toHaveText('Count 100 ×10⁹/L: restart decision needed now — next count due day 21.');
    await expect(latest(page).locator('p').first()).toHaveClass('restart-decision');
    await expect(stepRows(page).nth(2)).toContainText('Restart decision needed now');
  });

  test('after a stop the next count is still due, weekly, in the steps and the monitoring schedule', async ({ page }) => {
    const counts = [0, 14, 28, 42, 56].map((day) => `${day}:20`).join(',');
    await openTool(page, `${path}?age=40&agent=eltrombopag&asian=0&liver=0&counts=${counts}`);
    const steps = engineSteps({ agent: 'eltrombopag', options: { ageYears: 40, eastAsianAncestry: false, hepaticImpairment: false }, counts: [0, 14, 28, 42, 56].map((day) => ({ day, count: 20 })) });
    const last = steps.at(-1);
    if (last === undefined) throw new Error('expected steps');
    expect(last.action).toBe('discontinue');
    await expect(latest(page)).toContainText(`Next count: day ${formatNumber(last.nextCountDue)} (${last.countSchedule})`);
    await expect(stepRows(page).last().locator('td').last()).toContainText('weekly after stopping');
    await page.getByRole('link', { name: 'Monitoring schedule for these counts' }).click();
    await expect(page.getByRole('status', { name: 'Monitoring' })).toContainText(`Next platelet count: day ${formatNumber(last.nextCountDue)} (weekly after stopping`);
  });

  test('the EU rule set’s start row cites the SmPC, and says so beside the decision', async ({ page }) => {
    await openTool(page, `${path}?wt=70&rules=eu-smpc&counts=0:20`);
    await expect(latest(page)).toContainText('Rule set in force: EU SmPC');
    await expect(latest(page).locator('.citations')).toContainText('§4.2');
    await expect(latest(page).locator('.citations a')).toHaveAttribute('href', '/reference/references/#nplate-smpc');
  });
});
