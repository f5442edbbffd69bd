// The teaching cases in a browser: answers open and close from the keyboard with no script, print folded,
// the answer key shows them open, every walker link carries its case, and the pages pass axe with the
// answers open as well as closed.
import { expect, test } from '@playwright/test';
import { teachingCases, walkerParams } from '../../src/teach/cases';
import { readFragment } from '../../src/tools/shared/fragment';
import { expectAxeClean } from './support/axe';

const first = teachingCases[0];
if (first === undefined) throw new Error('No teaching cases in src/teach/cases.ts.');

test.describe('teaching cases page', () => {
  test('reveals an answer from the keyboard and folds it again', async ({ page }) => {
    await page.goto('/teach/cases/');
    const question = page.locator(`#${first.id}-${first.questions[0]?.id ?? ''}`);
    const answer = question.locator('.teach-answer-body');
    const summary = question.getByText('Reveal the answer');
    await expect(answer).toBeHidden();
    // The walker link comes just before the first question: one Tab reaches the answer's toggle.
    await page.locator(`#${first.id}`).getByRole('link', { name: 'Open this case in the algorithm walker' }).focus();
    await page.keyboard.press('Tab');
    await expect(summary).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(answer).toBeVisible();
    await expect(answer.locator('a.cite-link').first()).toBeVisible();
    await page.keyboard.press('Space');
    await expect(answer).toBeHidden();
  });

  test('prints the questions with room to write and the answers folded, even one opened on screen', async ({ page }) => {
    await page.goto('/teach/cases/');
    const question = page.locator(`#${first.id}-${first.questions[0]?.id ?? ''}`);
    await question.getByText('Reveal the answer').click();
    await expect(question.locator('.teach-answer-body')).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(question.locator('.teach-question')).toBeVisible();
    await expect(question.locator('.teach-answer-body')).toBeHidden();
    await expect(question.getByText('Reveal the answer')).toBeHidden();
    expect(await question.locator('.teach-answer').evaluate((el) => el.getBoundingClientRect().height)).toBeGreaterThan(50);
    await expect(page.locator('.teach-walker').first()).toBeHidden();
    await expect(page.locator('.teach-compare').first()).toBeHidden();
  });

  test('passes axe with every answer and comparison open', async ({ page }) => {
    // A long page: axe takes a while, more so beside the full accessibility run.
    test.setTimeout(90_000);
    await page.goto('/teach/cases/');
    await page.locator('details').evaluateAll((elements) => elements.forEach((el) => el.setAttribute('open', '')));
    await expectAxeClean(page);
  });
});

test.describe('teaching cases without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('still reveal their answers: native <details>, no script', async ({ page }) => {
    await page.goto('/teach/cases/');
    const question = page.locator(`#${first.id}-${first.questions[0]?.id ?? ''}`);
    await question.getByText('Reveal the answer').click();
    await expect(question.locator('.teach-answer-body')).toBeVisible();
  });
});

test.describe('answer key', () => {
  test('shows every answer open, with what the algorithm recommends', async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto('/teach/answer-key/');
    await expect(page.locator('.teach-answer')).toHaveCount(0);
    await expect(page.locator('.teach-answer-body')).toHaveCount(teachingCases.reduce((sum, entry) => sum + entry.questions.length, 0));
    await expect(page.locator(`#${first.id} .teach-algorithm`)).toContainText('Emergency');
    await expectAxeClean(page);
  });
});

test.describe('walker links', () => {
  for (const entry of teachingCases) {
    test(`${entry.id}: carries the case to the walker`, async ({ page }) => {
      await page.goto('/teach/cases/');
      const href = await page.locator(`#${entry.id}`).getByRole('link', { name: 'Open this case in the algorithm walker' }).getAttribute('href');
      const url = new URL(href ?? '', 'https://itp-pathway.example.org');
      expect(url.pathname).toBe('/algorithm/');
      expect(url.search).toBe('');
      const { state, anchor } = readFragment(url.hash);
      expect(anchor).toBe('walker');
      expect([...state]).toEqual(walkerParams(entry.input));
    });
  }

  test('opens the algorithm page at the walker with the case filled in', async ({ page }) => {
    await page.goto('/teach/');
    await page.getByRole('link', { name: `Open in the walker for ${first.title}` }).click();
    await expect(page).toHaveURL(/\/algorithm\/#age=/);
    await expect(page.locator('#walker')).toBeVisible();
    // Until the walker island is on the page, the link's parameters (above) are all there is to check.
    if ((await page.locator('[data-walker]').count()) === 0) return;
    await expect(page.locator('#case-age')).toHaveValue(String(first.input.ageYears));
    await expect(page.locator('#case-count')).toHaveValue(String(first.input.count));
    await expect(page.locator('#case-months')).toHaveValue(String(first.input.monthsSinceDiagnosis));
  });
});
