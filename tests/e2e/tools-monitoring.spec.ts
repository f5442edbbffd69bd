// The monitoring schedule in Chromium: the next count and the other tests are the engine's monitoringPlan
// for the same input; fostamatinib's helper gives the engine's reduction and blood-pressure decisions; the
// titration page links here with the same counts; nothing leaves the page.
import { expect, test, type Page } from '@playwright/test';
import { fostamatinibBloodPressure, formatNumber, monitoringPlan } from '../../src/engine';
import { expectAxeCleanInBothThemes } from './support/axe';
import { expectOnlyTablesScroll, openTool, recordRequests } from './tools-support';

const path = '/tools/monitoring/';
const plan = (page: Page) => page.getByRole('status', { name: 'Monitoring' });


test('eltrombopag: the next count and the liver tests are the engine’s for the same counts', async ({ page }) => {
  await openTool(page, `${path}?age=40&agent=eltrombopag&asian=0&liver=0&counts=0:20,14:35`);
  const engine = monitoringPlan({ agent: 'eltrombopag', options: { ageYears: 40, eastAsianAncestry: false, hepaticImpairment: false }, counts: [{ day: 0, count: 20 }, { day: 14, count: 35 }] });
  if (!engine.ok) throw new Error('engine failed');
  await expect(plan(page)).toContainText('Next platelet count: day 21');
  const rows = plan(page).locator('tbody tr');
  await expect(rows).toHaveCount(engine.value.items.length);
  for (const [index, item] of engine.value.items.entries()) {
    await expect(rows.nth(index).locator('th')).toHaveText(item.test);
    await expect(rows.nth(index).locator('td').first()).toContainText(item.schedule);
    await expect(rows.nth(index).locator('td').nth(1)).toHaveText(item.nextDue === null ? '—' : `Day ${formatNumber(item.nextDue)}`);
  }
  await expect(rows.nth(1)).toContainText('Day 28');
});

test('counts twice weekly while eltrombopag is stopped for a high count', async ({ page }) => {
  await openTool(page, `${path}?age=40&agent=eltrombopag&asian=0&liver=0&counts=0:20,14:450`);
  await expect(plan(page)).toContainText('Next platelet count: day 17 (twice weekly while stopped)');
});

test('fostamatinib: monthly counts and liver tests, blood pressure every 2 weeks, and the helper’s decisions (W53, W54)', async ({ page }) => {
  await openTool(page, `${path}?age=40&agent=fostamatinib&counts=0:20,28:35`);
  await expect(plan(page)).toContainText('Next platelet count: day 56');
  await expect(plan(page).getByRole('row', { name: /Blood pressure/ })).toContainText('Day 42');
  await expect(page.locator('.fostamatinib-helper')).toContainText('If toxicity calls for a reduction: Reduce from 300 mg to 200 mg a day: 100 mg twice daily.');
  await page.getByLabel('Systolic, mmHg').fill('148');
  await page.getByLabel('Diastolic, mmHg').fill('94');
  await page.getByLabel('Weeks at this level despite treatment').fill('9');
  const engine = fostamatinibBloodPressure({ systolic: 148, diastolic: 94, weeks: 9, currentDailyMg: 300 });
  if (!engine.ok) throw new Error('engine failed');
  await expect(page.getByRole('status', { name: 'Blood pressure' })).toContainText(engine.value.reason);
});

test('the titration page links here with the same case and counts', async ({ page }) => {
  await openTool(page, '/tools/titration/?wt=70&counts=0:20,7:30');
  await page.getByRole('link', { name: 'Monitoring schedule for these counts' }).click();
  await expect(page).toHaveURL(/\/tools\/monitoring\/#wt=70&agent=romiplostim&counts=0:20;7:30/);
  await expect(plan(page)).toContainText('Next platelet count: day 14');
});

test('makes no network request at all while the schedule and the helper are used', async ({ page }) => {
  await openTool(page, `${path}?age=40&agent=fostamatinib&counts=0:20,28:35`);
  const requests = await recordRequests(page);
  await page.getByLabel('Systolic, mmHg').fill('186');
  await page.getByLabel('Diastolic, mmHg').fill('118');
  await page.getByLabel('Daily dose now').selectOption('200');
  await expect(page.getByRole('status', { name: 'Blood pressure' })).toContainText('resume at the same daily dose');
  await page.locator('#titration-count-1').fill('60');
  await expect(plan(page)).toContainText('Next platelet count');
  expect(requests).toEqual([]);
});

test('is axe-clean with a plan and the helper in both themes, and usable at 320 px wide', async ({ page }) => {
  test.setTimeout(60_000);
  await page.emulateMedia({ colorScheme: 'light' });
  await openTool(page, `${path}?age=40&agent=fostamatinib&counts=0:20,28:35`);
  await page.getByLabel('Systolic, mmHg').fill('148');
  await page.getByLabel('Diastolic, mmHg').fill('94');
  await expect(page.getByRole('status', { name: 'Blood pressure' })).toContainText('148/94');
  await expectAxeCleanInBothThemes(page);
  await page.setViewportSize({ width: 320, height: 800 });
  await expectOnlyTablesScroll(page);
});
