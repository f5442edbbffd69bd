// After one visit the whole site is cached by the service worker and works with no network.
import { expect, test } from '@playwright/test';

// The rest of the suite blocks service workers (playwright.config.ts).
test.use({ serviceWorkers: 'allow' });

test('works offline after the first visit, tools included', async ({ page, context }) => {
  await page.goto('/');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  // The first load is not controlled yet; a reload puts the page under the service worker.
  await page.reload();
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('ITP after IVIG failure — what next?');
  await page.goto('/reference/references/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('References');
  await page.goto('/embed/overview/?theme=dark');
  await expect(page.getByRole('img', { name: 'ITP after IVIG failure at a glance' })).toBeVisible();

  // A tool still computes with no network: rituximab 375 mg/m² for 70 kg and 170 cm (drugs.md W57).
  await page.goto('/tools/dose-calculator/?age=45&wt=70&ht=170&regimen=rituximab-standard');
  await expect(page.getByRole('status', { name: 'Dose' }).locator('.dose')).toHaveText(['681.8 mg']);
  await context.setOffline(false);
});
