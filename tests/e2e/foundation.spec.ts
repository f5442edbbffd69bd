// The site shell: the Answer page, citations, build-time diagrams, lazy search, themes and print (embeds: embed*.spec.ts).
import { expect, test } from '@playwright/test';
import { watchForeignRequests } from './support/site';

test.describe('Answer page', () => {
  test('puts the question, a three-sentence bottom line, the review date and the notice first', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('ITP after IVIG failure — what next?');
    await expect(page.getByText(/Last reviewed \d{1,2} \w+ \d{4}/)).toBeVisible();
    await expect(page.getByRole('note').first()).toContainText('supports, and does not replace, clinical judgement');
    const bottomLine = page.locator('.sl-markdown-content > ol').first().locator(':scope > li');
    await expect(bottomLine).toHaveCount(3);
  });

  test('numbers its citations and links each to an entry in its reference list', async ({ page }) => {
    await page.goto('/');
    const links = page.locator('a.cite-link');
    expect(await links.count()).toBeGreaterThanOrEqual(3);
    await expect(links.first()).toHaveText('Reference 1');
    const targets = await links.evaluateAll((els) => els.map((el) => el.getAttribute('href') ?? ''));
    for (const href of new Set(targets)) await expect(page.locator(href)).toHaveCount(1);
    await expect(page.getByRole('heading', { name: 'References', level: 2 })).toBeVisible();
  });

  test('draws the overview diagram as inline SVG with a title, description and text version, and no Mermaid runtime', async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(r.url());
    });
    await page.goto('/');
    const svg = page.getByRole('img', { name: 'ITP after IVIG failure at a glance' });
    await expect(svg).toBeVisible();
    await expect(svg.locator('g.node[data-id="bleed"]')).toHaveCount(1);
    await page.getByText('Text version of').click();
    await expect(page.locator('.diagram-text li[data-node="bleed"]')).toContainText('Life-threatening or organ bleeding?');
    expect(scripts.filter((url) => /mermaid/i.test(url))).toEqual([]);
  });

  test('makes no request to any other origin', async ({ page, baseURL }) => {
    const foreign = watchForeignRequests(page, baseURL ?? '');
    await page.goto('/');
    await page.goto('/reference/references/');
    expect(foreign).toEqual([]);
  });
});

test.describe('search', () => {
  test('loads the search dialog and Pagefind only on first use, then finds pages', async ({ page }) => {
    const pagefind: string[] = [];
    page.on('request', (r) => {
      if (/pagefind|ui-core|search-dialog/.test(r.url())) pagefind.push(r.url());
    });
    await page.goto('/reference/about/');
    await page.waitForLoadState('networkidle');
    expect(pagefind).toEqual([]);
    await page.getByRole('button', { name: 'Search' }).click();
    const input = page.getByRole('dialog').getByRole('textbox');
    await expect(input).toBeVisible();
    await input.fill('splenectomy');
    await expect(page.locator('.pagefind-ui__result').first()).toBeVisible();
    expect(pagefind.length).toBeGreaterThan(0);
  });

  test('opens from the keyboard with Ctrl+K and closes with Escape', async ({ page }) => {
    await page.goto('/');
    await page.locator('button[data-open-modal]:not([disabled])').waitFor();
    await page.keyboard.press('Control+k');
    await expect(page.getByRole('dialog')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toBeHidden();
    // Again, now that the dialog's own script (loaded by the first Ctrl+K) answers the shortcut.
    await page.keyboard.press('Control+k');
    await expect(page.getByRole('dialog')).toBeVisible();
    await page.keyboard.press('Control+k');
    await expect(page.getByRole('dialog')).toBeHidden();
  });
});

test('switches to the dark theme and keeps the diagram readable', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('combobox', { name: 'Select theme' }).first().selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const fill = await page.locator('g.node[data-id="bleed"] text').first().evaluate((el) => getComputedStyle(el).fill);
  expect(fill).toBe('rgb(255, 255, 255)');
});

test('keeps the chosen theme on the next page, from its first paint', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  await page.getByRole('combobox', { name: 'Select theme' }).first().selectOption('light');
  // The theme script (Starlight's, minified into the page) runs before the body is parsed: record what the
  // page's first paint would use, not what the select's own script sets afterwards.
  await page.addInitScript(() => {
    document.addEventListener('readystatechange', () => {
      if (document.readyState === 'interactive') sessionStorage.setItem('theme-at-parse', document.documentElement.dataset.theme ?? '');
    }, { once: true });
  });
  await page.goto('/guidance/choosing/');
  expect(await page.evaluate(() => sessionStorage.getItem('theme-at-parse'))).toBe('light');
  await expect(page.getByRole('combobox', { name: 'Select theme' }).first()).toHaveValue('light');
});

test('prints the content without navigation', async ({ page }) => {
  await page.goto('/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('nav.sidebar')).toBeHidden();
  await expect(page.locator('site-search')).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});
