// The site on a phone (issue #19): the titration steps as cards with every field shown, and Enter in a
// count moving to the next count, never into a day the tool has already filled in. Every page at 320, 360
// and 390 px (nothing wider than the screen, the header's Search and Menu on it) is checked where every
// page is loaded once, in every-page.spec.ts.
import { expect, test } from '@playwright/test';
import { linkState, openTool } from './tools-support';

test.describe('the titration steps on a 390 px phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('are cards with every field on screen, labelled, none cut off', async ({ page }) => {
    await openTool(page, '/tools/titration/?wt=70&counts=0:20,7:30,14:60,21:450');
    const box = page.getByRole('region', { name: /steps/i });
    await expect(box.getByRole('row')).toHaveCount(5);
    expect(await box.evaluate((element) => element.scrollWidth - element.clientWidth)).toBeLessThanOrEqual(0);
    const cells = box.locator('tbody :is(th, td)');
    const labels = await cells.evaluateAll((elements) =>
      elements.map((cell) => ({ label: cell.getAttribute('data-label'), shown: getComputedStyle(cell, '::before').content, text: cell.textContent ?? '' })));
    expect(new Set(labels.flatMap(({ label }) => (label === null ? [] : [label])))).toEqual(new Set(['Count', 'Decision', 'Dose', 'Volume', 'Vial', 'Rule', 'Next count']));
    for (const { label, shown } of labels) if (label !== null) expect(shown).toContain(label);
    for (const cell of await cells.all()) {
      await expect(cell).toBeVisible();
      const where = await cell.boundingBox();
      expect(where?.x ?? -1).toBeGreaterThanOrEqual(0);
      expect((where?.x ?? 0) + (where?.width ?? Infinity)).toBeLessThanOrEqual(390);
    }
  });
});

test.describe('Enter in a count moves to the next count', () => {
  test('titration: counts typed with Enter between them each land in a count, the engine’s due days kept', async ({ page }) => {
    await openTool(page, '/tools/titration/?wt=70');
    await page.locator('#titration-count-0').focus();
    for (const [index, count] of ['20', '30', '60'].entries()) {
      await page.keyboard.type(count);
      await page.keyboard.press('Enter');
      await expect(page.locator(`#titration-count-${index + 1}`)).toBeFocused();
    }
    const values = (kind: string) => page.locator(`[id^="titration-${kind}-"]`).evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
    expect(await values('count')).toEqual(['20', '30', '60', '']);
    expect(await values('day')).toEqual(['0', '7', '14', '21']);
  });

  test('response: Enter goes on to the next day when it is blank (never guessed), to the next count when the day is there', async ({ page }) => {
    await openTool(page, '/tools/response/?base=10&counts=7:120,14:130');
    await page.locator('#response-count-0').press('Enter');
    await expect(page.locator('#response-count-1')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('#response-day-2')).toBeFocused();
    await expect(page.locator('#response-day-2')).toHaveValue('');
    await page.keyboard.type('21');
    await page.keyboard.press('Enter');
    await expect(page.locator('#response-count-2')).toBeFocused();
    await page.keyboard.type('140');
    await expect.poll(() => linkState(page).get('counts')).toBe('7:120;14:130;21:140');
  });
});
