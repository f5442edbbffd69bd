// Every page of the built site (every route in the sitemap, and the embeds it leaves out), loaded once and
// checked for what every page owes: a Content-Security-Policy without inline or eval'd script and no
// violation of it (Chromium reports one as a console error), no script error, no request to any other
// origin, no axe violation in the light theme or the dark, and on a phone 320, 360 and 390 px wide nothing
// wider than the screen and the header's Search and Menu on it (issue #19; phonePageProblems).
import { expectAxeCleanInBothThemes } from './support/axe';
import { phonePageProblems } from './support/phone';
import { expect, test } from './support/shared-page';
import { builtRoutes, watchForeignRequests } from './support/site';

for (const route of builtRoutes()) {
  test(`every page: ${route}`, async ({ sharedPage: page, baseURL }) => {
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    const foreign = watchForeignRequests(page, baseURL ?? '');
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(route);
    await page.waitForLoadState('networkidle');

    await test.step('CSP, script errors and privacy', async () => {
      const csp = page.locator('meta[http-equiv="content-security-policy"]');
      await expect(csp).toHaveAttribute('content', /script-src 'self'/);
      expect((await csp.getAttribute('content')) ?? '').not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
      // A policy in a <meta> governs only what comes after it: no script may come before it.
      const scriptsBeforePolicy = await csp.evaluate((meta) =>
        [...document.scripts].filter((script) => script.compareDocumentPosition(meta) & Node.DOCUMENT_POSITION_FOLLOWING).length);
      expect(scriptsBeforePolicy).toBe(0);
      expect(problems).toEqual([]);
      expect(foreign).toEqual([]);
    });
    await expectAxeCleanInBothThemes(page);
    expect(problems).toEqual([]);

    await test.step('on a phone', async () => {
      const desktop = page.viewportSize();
      const wide: string[] = [];
      for (const width of [320, 360, 390]) {
        await page.setViewportSize({ width, height: 800 });
        wide.push(...(await phonePageProblems(page, width)).map((problem) => `${width} px: ${problem}`));
      }
      if (desktop !== null) await page.setViewportSize(desktop);
      expect(wide).toEqual([]);
    });
  });
}
