// The response assessor in Chromium: the category and reason on screen are the engine's, counts are
// entered from the keyboard, units convert with a note, links reproduce the screen, nothing leaves the page.
import { expect, test, type Page } from '@playwright/test';
import { assessResponse } from '../../src/engine';
import { expectAxeCleanInBothThemes } from './support/axe';
import { expectNoSideways, openTool, recordRequests, sandboxLike } from './tools-support';

const path = '/tools/response/';
const result = (page: Page) => page.getByRole('status', { name: 'Response' });

/** Types the counts as a reader would: day, Tab, count, Enter for the next row. */
async function enterCounts(page: Page, baseline: string, counts: [string, string][]): Promise<void> {
  await page.getByLabel('Baseline count', { exact: true }).fill(baseline);
  await page.locator('#response-day-0').focus();
  for (const [index, [day, count]] of counts.entries()) {
    await page.keyboard.type(day);
    await page.keyboard.press('Tab');
    await page.keyboard.type(count);
    if (index < counts.length - 1) await page.keyboard.press('Enter');
  }
  await page.getByRole('group', { name: 'Bleeding now' }).getByLabel('No', { exact: true }).check();
}

test('gives the engine’s category and reason for the same counts (IWG 2009)', async ({ page }) => {
  await openTool(page, path);
  await enterCounts(page, '10', [['7', '120'], ['14', '130']]);
  const engine = assessResponse({ baselineCount: 10, counts: [{ day: 7, count: 120 }, { day: 14, count: 130 }], bleeding: false });
  if (!engine.ok) throw new Error('engine failed');
  await expect(result(page).locator('.response-category')).toHaveText('Complete response (CR)');
  await expect(result(page)).toContainText(engine.value.reason);
  await expect(result(page)).toContainText('Confirmed by the counts from day 7 to day 14.');
});

test('says when a response is not confirmed yet, and from which day it can be', async ({ page }) => {
  await openTool(page, path);
  await enterCounts(page, '10', [['7', '40']]);
  const engine = assessResponse({ baselineCount: 10, counts: [{ day: 7, count: 40 }], bleeding: false });
  if (!engine.ok || engine.warnings[0] === undefined) throw new Error('engine failed');
  await expect(result(page).locator('.response-category')).toHaveText('No response (NR)');
  await expect(result(page)).toContainText(engine.warnings[0].message);
});

test('reads counts per µL with a note of the unit assumed, and gives the same result', async ({ page }) => {
  await openTool(page, path);
  await page.getByLabel('Unit of every count').selectOption('/uL');
  await enterCounts(page, '10000', [['7', '120000'], ['14', '130000']]);
  await expect(page.getByText('Read as 10,000 /µL = 10 ×10⁹/L.')).toBeVisible();
  await expect(result(page).locator('.response-category')).toHaveText('Complete response (CR)');
  await page.getByLabel('Unit of every count').selectOption('x10^9/L');
  await expect(page.locator('#response-baseline-error')).toContainText('µL');
  await expect(result(page).locator('.response-category')).toHaveCount(0);
});

test('a link reproduces the counts and the result', async ({ page }) => {
  await openTool(page, path);
  await enterCounts(page, '10', [['7', '40'], ['14', '45']]);
  await expect(result(page).locator('.response-category')).toHaveText('Response (R)');
  await openTool(page, page.url());
  await expect(page.locator('#response-count-1')).toHaveValue('45');
  await expect(result(page).locator('.response-category')).toHaveText('Response (R)');
});

test('a day out of order shows its error beside the row and no category', async ({ page }) => {
  await openTool(page, path);
  await enterCounts(page, '10', [['14', '120'], ['7', '130']]);
  await expect(page.locator('#response-day-1-error')).toHaveAttribute('role', 'alert');
  await expect(page.locator('#response-day-1-error')).toContainText('does not come after day 14');
  await expect(result(page).locator('.response-category')).toHaveCount(0);
});

test('makes no network request at all while the assessor is used', async ({ page }) => {
  await openTool(page, path);
  const requests = await recordRequests(page);
  await enterCounts(page, '10', [['7', '120'], ['14', '130'], ['21', '90']]);
  await page.getByRole('button', { name: 'Remove count 3' }).click();
  expect(requests).toEqual([]);
});

test('is axe-clean with a result in both themes', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await openTool(page, `${path}?base=10&counts=7%3A40&rbleed=0`);
  await expect(result(page).locator('.response-category')).toHaveText('No response (NR)');
  await expectAxeCleanInBothThemes(page);
});

test('is usable at 320 px wide', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await openTool(page, `${path}?base=10&counts=7%3A120%2C14%3A130&rbleed=0`);
  await expect(result(page).locator('.response-category')).toBeVisible();
  await expectNoSideways(page);
});

test('works where storage and history are refused, as in a sandboxed iframe', async ({ page }) => {
  const errors = await sandboxLike(page);
  await openTool(page, path);
  await enterCounts(page, '10', [['7', '120'], ['14', '130']]);
  await expect(result(page).locator('.response-category')).toHaveText('Complete response (CR)');
  expect(errors).toEqual([]);
});

test('"8,000" then "150,000" per µL are read as 8 and 150 ×10⁹/L: the engine’s category for those counts, never "no response" from a misread (issue #18)', async ({ page }) => {
  await openTool(page, path);
  await page.getByLabel('Unit of every count').selectOption('/uL');
  await enterCounts(page, '8,000', [['7', '150,000'], ['14', '150,000']]);
  await expect(page.locator('#response-baseline-notes')).toContainText('“8,000” was read as 8,000: the comma separates thousands.');
  const engine = assessResponse({ baselineCount: 8, counts: [{ day: 7, count: 150 }, { day: 14, count: 150 }], bleeding: false });
  if (!engine.ok) throw new Error('engine failed');
  expect(engine.value.category).not.toBe('no-response');
  await expect(result(page)).toContainText(engine.value.reason);
});
