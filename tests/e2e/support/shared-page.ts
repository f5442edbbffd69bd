// One page kept open for all of a worker's tests, for specs that only load pages and inspect them. A fresh
// context per test costs a new renderer process each time, which on two cores was most of such a test's
// time. These tests change nothing a later test could see (no storage, no form left filled): each one
// sets the colour scheme it checks, and drops its listeners when it ends.
import { test as base, type Page } from '@playwright/test';

export const test = base.extend<{ sharedPage: Page }, { workerPage: Page }>({
  workerPage: [
    async ({ browser }, use, workerInfo) => {
      const { baseURL, serviceWorkers } = workerInfo.project.use;
      const context = await browser.newContext({ baseURL, serviceWorkers });
      await use(await context.newPage());
      await context.close();
    },
    { scope: 'worker' },
  ],
  sharedPage: async ({ workerPage }, use) => {
    await use(workerPage);
    workerPage.removeAllListeners();
  },
});
export { expect } from '@playwright/test';
