// A corrupted stored theme (issue 23 item 4) in Chromium: the page loads without a script error, shows the
// system theme with the select on Auto, and choosing a theme works and stores a valid value again.
import { expect, test } from '@playwright/test';

const corrupted: [string, string][] = [
  ['a number', '1'],
  ['an open bracket', '['],
  ['markup', '"><img src=x onerror=alert(1)>'],
  ['a very long value', 'x'.repeat(100_000)],
];

for (const [name, stored] of corrupted) {
  test(`a stored theme that is ${name}: the page loads and the theme can be chosen`, async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/guidance/rituximab/');
    await page.evaluate((value) => localStorage.setItem('starlight-theme', value), stored);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Rituximab' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    const theme = page.locator('header').getByRole('combobox', { name: 'Select theme' });
    await expect(theme).toHaveValue('auto');
    await theme.selectOption('light');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    expect(await page.evaluate(() => localStorage.getItem('starlight-theme'))).toBe('light');
    expect(errors).toEqual([]);
  });
}
