// Keystroke → updated result on each tool (DESIGN.md "Budgets"), in Chromium with the CPU slowed 4× (CDP
// Emulation.setCPUThrottlingRate), as a mid-range phone: from the key's keydown event to the first change
// of the tool's result region (a MutationObserver on it), which is when the reader can see the new answer.
// The tools and their fields are listed in latency-tools.mjs.
import { chromium } from '@playwright/test';
import { browserLaunchOptions } from './browser.mjs';

const CPU_SLOWDOWN = 4;
/** Measured keystrokes a tool: Backspace then a digit, five times, so every key changes the field's value. */
const KEYS = ['1', '2', '3', '4', '5'].flatMap((digit) => ['Backspace', digit]);
const NO_CHANGE_MS = 5000;

/** In the page: resolves `window.__keystroke` with the ms from the next keydown to the region's next change. */
function arm(region, timeout) {
  window.__keystroke = new Promise((resolve) => {
    let keyAt;
    addEventListener('keydown', (event) => { keyAt = event.timeStamp; }, { once: true, capture: true });
    const observer = new MutationObserver(() => {
      observer.disconnect();
      clearTimeout(timer);
      resolve(keyAt === undefined ? null : performance.now() - keyAt);
    });
    observer.observe(region, { subtree: true, childList: true, characterData: true, attributes: true });
    const timer = setTimeout(() => {
      observer.disconnect();
      resolve(null);
    }, timeout);
  });
}

const middle = (values) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)] ?? 0;

async function measure(browser, baseUrl, { tool, path, start, field, result }) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    await page.goto(new URL(path, baseUrl).href, { waitUntil: 'load' });
    if (start !== undefined) await page.getByRole('button', { name: start }).click();
    const input = page.getByLabel(field, { exact: true });
    const region = page.getByRole('status', { name: result, exact: true });
    const press = async (key) => {
      await region.evaluate(arm, NO_CHANGE_MS);
      await page.keyboard.press(key);
      return page.evaluate(() => window.__keystroke);
    };
    await input.focus();
    await page.keyboard.press('End');
    // Not measured: the first keystrokes start the tool (it takes over its HTML on first use).
    for (const key of KEYS.slice(0, 2)) {
      if ((await press(key)) === null) return { tool, error: `"${result}" did not change after ${key} in "${field}" (unthrottled)` };
    }
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    const times = [];
    for (const key of KEYS) {
      const ms = await press(key);
      if (ms === null) return { tool, error: `"${result}" did not change within ${NO_CHANGE_MS} ms of ${key} in "${field}"` };
      times.push(ms);
    }
    return { tool, times, median: middle(times), worst: Math.max(...times) };
  } finally {
    await context.close();
  }
}

/** Each tool's keystroke → result times (ms) under 4× CPU throttling: `{ tool, times, median, worst }` or `{ tool, error }`. */
export async function keystrokeLatencies(baseUrl, tools) {
  const browser = await chromium.launch(browserLaunchOptions());
  try {
    const results = [];
    for (const entry of tools) results.push(await measure(browser, baseUrl, entry));
    return results;
  } finally {
    await browser.close();
  }
}
