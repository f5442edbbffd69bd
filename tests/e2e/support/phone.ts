import type { Page } from '@playwright/test';

/**
 * What the open page owes a phone `width` px wide, as problems in words ([] when there are none): nothing
 * wider than the screen, and (outside the embeds, which have no header) the header's Search and Menu on it.
 */
export async function phonePageProblems(page: Page, width: number): Promise<string[]> {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
  const problems = scrollWidth > width || innerWidth > width ? [`${scrollWidth} px wide`] : [];
  if (new URL(page.url()).pathname.startsWith('/embed/')) return problems;
  // Search is in the header; Starlight puts the Menu button beside it, fixed in the sidebar's nav.
  for (const name of ['Search', 'Menu']) {
    const box = await page.locator('header, nav.sidebar').getByRole('button', { name, exact: true }).boundingBox();
    if (box === null || box.x < 0 || box.x + box.width > width) problems.push(`${name} off-screen (${box === null ? 'hidden' : `${Math.round(box.x)}–${Math.round(box.x + box.width)} px`})`);
  }
  return problems;
}
