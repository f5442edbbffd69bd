// Shared checks for the tool pages' end-to-end tests: hydration, no request while a tool is used, 320 px,
// and a sandbox-like page (axe: support/axe.ts).
import { expect, type Page } from '@playwright/test';
import { readFragment } from '../../src/tools/shared/fragment';

/**
 * Opens a tool page ready to type into: each tool marks its root `data-live` once it has taken over its
 * build-time HTML (src/tools/shared/mount.ts), which may be just after the load event that goto waits for.
 */
export async function openTool(page: Page, url: string): Promise<void> {
  // The case is in the fragment: going to the open page's own address would only scroll, so leave it first.
  if (page.url() !== 'about:blank') await page.goto('about:blank');
  await page.goto(url);
  await expect(page.locator('[data-tool]:not([data-live])')).toHaveCount(0);
}

/** The tool state in the open page's address (its fragment, src/tools/shared/fragment.ts). */
export function linkState(page: Page): URLSearchParams {
  return readFragment(new URL(page.url()).hash).state;
}

/**
 * Starts recording every request from now on (call after the page has loaded and gone idle). Two kinds of
 * request carry nothing typed and are not recorded: Chromium re-reading the site's own icon whenever the
 * address changes (the tools keep the case in it), and a script the tool's root lists in
 * `data-load-on-choice` (an agent's label table, loaded when the reader chooses the agent), fetched from
 * its own address exactly as listed, with no query. Everything else is recorded.
 */
export async function recordRequests(page: Page): Promise<string[]> {
  await page.waitForLoadState('networkidle');
  const listed = await page.locator('[data-load-on-choice]').evaluateAll((roots) =>
    roots.flatMap((root) => Object.values(JSON.parse(root.getAttribute('data-load-on-choice') ?? '{}') as Record<string, string>)));
  const requests: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    const silent = url.search === '' && url.hash === '' && (url.pathname === '/favicon.svg' || listed.includes(url.pathname));
    if (!silent) requests.push(request.url());
  });
  return requests;
}

/**
 * Nothing in `scope` reaches past the viewport's right edge, so a 320 px phone scrolls only vertically.
 * Scoped, because a page's own prose (a wide table) may scroll sideways by design.
 */
export async function expectNoSideways(page: Page, scope = 'body'): Promise<void> {
  const overflowing = await page.evaluate((selector) => {
    const width = document.documentElement.clientWidth;
    return [...document.querySelectorAll(`${selector} *`)]
      .filter((element) => element.getBoundingClientRect().right > width + 1)
      .map((element) => `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}`);
  }, scope);
  expect(overflowing).toEqual([]);
}

/**
 * Makes the page behave as inside <iframe sandbox="allow-scripts">: reading localStorage throws, and so
 * does changing the address. Returns the script errors raised by the site's bundled code (Starlight's own
 * inline theme script also reads localStorage, and is not ours to change).
 */
export async function sandboxLike(page: Page): Promise<string[]> {
  await page.addInitScript(() => {
    const denied = () => {
      throw new DOMException('denied by the sandbox (test)', 'SecurityError');
    };
    Object.defineProperty(window, 'localStorage', { get: denied, configurable: true });
    window.history.replaceState = denied;
    window.history.pushState = denied;
  });
  const errors: string[] = [];
  page.on('pageerror', (error) => {
    if ((error.stack ?? '').includes('/_astro/')) errors.push(error.message);
  });
  return errors;
}

/**
 * At the current width the page never scrolls sideways: only the tables do, inside their own scrolling
 * box (`.table-scroll`), so nothing outside such a box may reach past the right edge.
 */
export async function expectOnlyTablesScroll(page: Page): Promise<void> {
  const overflowing = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    return [...document.querySelectorAll('body *')]
      .filter((element) => element.closest('.table-scroll') === null && element.getBoundingClientRect().right > width + 1)
      .map((element) => `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}`);
  });
  expect(overflowing).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
}
