// Lighthouse (mobile, its default form factor) against a running preview server, one page at a time.
import lighthouse from 'lighthouse';
import { launch } from 'chrome-launcher';
import { CHROMIUM_ARGS, systemChromium } from './browser.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

export async function lighthouseScores(urls) {
  const chrome = await launch({
    chromePath: systemChromium(),
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
  });
  const scores = [];
  try {
    for (const url of urls) {
      const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
      const categories = result?.lhr.categories ?? {};
      const failing = Object.values(result?.lhr.audits ?? {})
        .filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary')
        .map((audit) => audit.id);
      scores.push({
        url,
        ...Object.fromEntries(CATEGORIES.map((id) => [id, Math.round((categories[id]?.score ?? 0) * 100)])),
        failing,
      });
    }
  } finally {
    await chrome.kill();
  }
  return scores;
}
