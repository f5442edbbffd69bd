// The Verification pages as a reader gets them (the checks; doses and titration; the hazard log): every invariant, scenario and worked example of this build is on
// it and agrees with the engine (a row that does not fails here, so a mismatch cannot ship unnoticed), the
// dose table and the hazard log are there in full, and on a phone the page never scrolls sideways: each wide
// table scrolls in its own named, focusable box. axe runs on it with every page (every-page.spec.ts).
import { readFileSync } from 'node:fs';
import { invariants, scenarios, titrationVectors } from '../../src/engine';
import { expect, test } from './support/shared-page';

const route = '/reference/verification/';
const scenariosRoute = '/reference/verification-scenarios/';
const dosesRoute = '/reference/verification-doses/';
const hazardsRoute = '/reference/hazard-log/';
const doc = (name: string): string => readFileSync(new URL(`../../docs/${name}`, import.meta.url), 'utf8');

test.describe('verification page', () => {
  test('every invariant holds, and every scenario and worked example matches the engine in this build', async ({ sharedPage: page }) => {
    const kinds = [
      ['invariant', route, invariants.map((entry) => `invariant-${entry.id}`)],
      ['scenario', scenariosRoute, scenarios.map((entry) => `scenario-${entry.id}`)],
      ['example', dosesRoute, titrationVectors.map((entry) => `example-${entry.id}`)],
    ] as const;
    for (const [kind, at, ids] of kinds) {
      await page.goto(at);
      const rows = page.locator(`[data-verification="${kind}"]`);
      expect(await rows.evaluateAll((elements) => elements.map((element) => element.id)), kind).toEqual(ids);
      const failing = await rows.evaluateAll((elements) => elements
        .filter((element) => element.querySelector('[data-result]')?.getAttribute('data-result') !== 'match')
        .map((element) => element.id));
      expect(failing, `${kind} rows that do not agree with the engine`).toEqual([]);
      if (kind === 'scenario') await expect(page.locator('[data-figure="mismatching"]')).toHaveText('0');
    }
    await expect(page.locator('[data-verification="example"] [data-result="match"]').first()).toHaveText('✓ Match');
    await page.goto(route);
    await expect(page.locator('[data-verification="invariant"] [data-result="match"]').first()).toHaveText('✓ Holds');
    for (const figure of ['broken', 'refused']) await expect(page.locator(`[data-figure="${figure}"]`)).toHaveText('0');
    const cases = Number((await page.locator('[data-figure="cases"]').textContent() ?? '').replace(/,/g, ''));
    expect(cases).toBeGreaterThan(100_000);
  });

  test('shows the committed dose table with each summary row’s sources, and every hazard of the log', async ({ sharedPage: page }) => {
    await page.goto(dosesRoute);
    const tables = doc('dose-table.md').split('\n').filter((line) => line.startsWith('| ---')).length;
    const shown = page.locator('table[id^="doses-"]');
    await expect(shown).toHaveCount(tables);
    const summary = shown.first().locator('tbody tr');
    expect(await summary.count()).toBeGreaterThan(10);
    for (const row of await summary.all()) await expect(row.locator('td').last().locator('a.cite-link').first()).toBeVisible();
    await page.goto(hazardsRoute);
    const hazards = [...doc('hazard-log.md').matchAll(/^### (\S+)/gm)].map((match) => `hazard-${match[1] ?? ''}`);
    expect(await page.locator('[data-verification="hazard"]').evaluateAll((elements) => elements.map((element) => element.id))).toEqual(hazards);
  });

  for (const width of [320, 360, 390]) {
    test(`at ${width} px the page never scrolls sideways; wide tables scroll in their own named box, cards fit`, async ({ sharedPage: page }) => {
      await page.setViewportSize({ width, height: 800 });
      for (const at of [route, scenariosRoute, hazardsRoute, dosesRoute]) {
        await page.goto(at);
        const [scrollWidth, clientWidth] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
        expect(scrollWidth, at).toBeLessThanOrEqual(clientWidth);
      }
      const boxes = page.locator('.v-scroll');
      expect(await boxes.count()).toBeGreaterThan(5);
      for (const box of await boxes.all()) {
        await expect(box).toHaveAttribute('role', 'region');
        await expect(box).toHaveAttribute('tabindex', '0');
        await expect(box).toHaveAccessibleName(/\S/);
      }
      const doses = page.getByRole('region', { name: /dose at each reference patient/ });
      expect(await doses.evaluate((box) => box.scrollWidth > box.clientWidth)).toBe(true);
      await expect(page.locator('.v-cue').first()).toBeVisible();
      // The caption stays in view as the table scrolls, and the keyboard scrolls the box.
      expect(await doses.locator('caption span').evaluate((span) => span.getBoundingClientRect().right)).toBeLessThanOrEqual(width);
      await doses.focus();
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => doses.evaluate((box) => box.scrollLeft)).toBeGreaterThan(0);
      // The scenario and worked-example cards fit the screen: expected above this build's answer.
      const example = page.locator('[data-verification="example"]').first();
      expect(await example.evaluate((element) => element.getBoundingClientRect().right)).toBeLessThanOrEqual(width);
      await page.goto(scenariosRoute);
      const card = page.locator('[data-verification="scenario"]').first();
      expect(await card.evaluate((element) => element.getBoundingClientRect().right)).toBeLessThanOrEqual(width);
      await page.setViewportSize({ width: 1280, height: 720 });
    });
  }
});
