// axe for the end-to-end tests: one way to run it, one way to report it.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

interface AxeScope {
  /** A selector to check instead of the whole page. */
  include?: string;
  /**
   * Also check the page's frames, including a sandboxed (cross-origin) one. Otherwise axe runs in the page
   * itself (legacy mode): that spares the blank second page its cross-frame run needs, half the time of a
   * run on these pages.
   */
  frames?: boolean;
}

/** The page's axe violations as "rule: targets" lines; [] when it is clean. */
export async function axeViolations(page: Page, { include, frames = false }: AxeScope = {}): Promise<string[]> {
  // Only violations fail a test: collecting every pass and inapplicable rule's nodes is wasted work.
  let builder = new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).setLegacyMode(!frames);
  if (include !== undefined) builder = builder.include(include);
  const results = await builder.analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

export async function expectAxeClean(page: Page, scope?: AxeScope): Promise<void> {
  expect(await axeViolations(page, scope)).toEqual([]);
}

/**
 * Changes the reader's colour scheme on the page already open, so one page load is checked in both themes:
 * Starlight follows the system theme until the reader picks one, marking the page once it has; an embed
 * without `?theme=` follows it in CSS alone (light-dark()).
 */
async function switchColourScheme(page: Page, theme: 'light' | 'dark'): Promise<void> {
  await page.emulateMedia({ colorScheme: theme });
  await expect(page.locator(`html:not([data-theme]), html[data-theme="${theme}"]`)).toHaveCount(1);
}

/** axe on the page as loaded in the light theme, then again once the colour scheme is switched to dark in place. */
export async function expectAxeCleanInBothThemes(page: Page, scope?: AxeScope): Promise<void> {
  await test.step('axe (light)', () => expectAxeClean(page, scope));
  await switchColourScheme(page, 'dark');
  await test.step('axe (dark)', () => expectAxeClean(page, scope));
}
