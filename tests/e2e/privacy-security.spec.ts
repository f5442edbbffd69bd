// Every page: no Content-Security-Policy violation, no script error, and no request to any other origin.
import { expect, test } from '@playwright/test';
import { builtRoutes, watchForeignRequests } from './support/site';

for (const route of builtRoutes()) {
  test(`CSP and privacy: ${route}`, async ({ page, baseURL }) => {
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    const foreign = watchForeignRequests(page, baseURL ?? '');
    await page.goto(route);
    await page.waitForLoadState('networkidle');
    await expect(page.locator('meta[http-equiv="content-security-policy"]')).toHaveAttribute('content', /script-src 'self'/);
    const csp = (await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content')) ?? '';
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
    expect(problems).toEqual([]);
    expect(foreign).toEqual([]);
  });
}
