// Site search as a reader uses it (foundation.spec.ts checks that it loads on first use and Ctrl+K): its
// button is named as it reads, the clinical notice on every page is not indexed, and a drug with "dose"
// finds that drug's guidance or tool page first, with a readable snippet (issue 19 item 4).
import { expect, test, type Page } from '@playwright/test';

const searchButton = (page: Page) => page.getByRole('button', { name: 'Search', exact: true });
const searchBox = (page: Page) => page.getByRole('dialog', { name: 'Search' }).getByRole('textbox', { name: 'Search' });
const results = (page: Page) => page.locator('.pagefind-ui__result');

/** Each query, and the pages whose being first answers it: the drug's guidance page or the tool that doses it. */
const topHits: [string, string[]][] = [
  ['romiplostim dose', ['/guidance/tpo-ras/', '/tools/titration/']],
  ['eltrombopag dose', ['/guidance/tpo-ras/', '/tools/titration/']],
  ['avatrombopag dose', ['/guidance/tpo-ras/', '/tools/titration/']],
  ['fostamatinib dose', ['/guidance/fostamatinib/', '/tools/titration/']],
  ['rilzabrutinib dose', ['/guidance/rilzabrutinib/']],
  ['rituximab dose', ['/guidance/rituximab/', '/tools/dose-calculator/']],
  ['dexamethasone', ['/guidance/corticosteroids/', '/tools/dose-calculator/']],
  ['dexamethasone dose', ['/guidance/corticosteroids/', '/tools/dose-calculator/']],
  ['prednisone dose', ['/guidance/corticosteroids/', '/tools/dose-calculator/']],
  ['methylprednisolone dose', ['/guidance/emergency/', '/guidance/corticosteroids/', '/tools/dose-calculator/']],
  ['vincristine dose', ['/guidance/emergency/', '/tools/dose-calculator/']],
  ['danazol dose', ['/guidance/immunosuppressants/', '/tools/dose-calculator/']],
];

async function openSearch(page: Page): Promise<void> {
  await page.goto('/');
  await searchButton(page).click();
  await expect(searchBox(page)).toBeFocused();
}

test('the search button is named "Search" on a phone and on a wide screen', async ({ page }) => {
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('/');
    await expect(searchButton(page)).toBeEnabled();
  }
});

test('the clinical notice and the review date, on every page, are not in the search index', async ({ page }) => {
  await page.goto('/');
  const indexed = await page.evaluate(async () => {
    const pagefind = await import(`${'/pagefind/pagefind.js'}`);
    const search = await pagefind.search('dose');
    return Promise.all(search.results.map(async (result: { data: () => Promise<{ url: string; content: string }> }) => result.data()));
  });
  expect(indexed.length).toBeGreaterThan(5);
  for (const { url, content } of indexed) {
    expect(content, url).not.toContain('ITP Pathway supports, and does not replace, clinical judgement');
    expect(content, url).not.toMatch(/Last reviewed \d{1,2} [A-Z][a-z]+ \d{4}/);
  }
});

test('a drug and "dose" finds that drug’s guidance or tool page first, with a readable snippet', async ({ page }) => {
  await openSearch(page);
  const found: string[] = [];
  for (const [query, expected] of topHits) {
    await searchBox(page).fill(query);
    await expect(page.locator('.pagefind-ui__message')).toContainText(query);
    const first = results(page).first();
    const href = (await first.locator('.pagefind-ui__result-link').first().getAttribute('href')) ?? '';
    const snippet = (await first.locator('.pagefind-ui__result-excerpt').first().textContent()) ?? '';
    found.push(`${query} → ${new URL(href, 'http://site').pathname}: “${snippet.slice(0, 90)}…”`);
    expect(expected, `top hit for "${query}"`).toContain(new URL(href, 'http://site').pathname);
    // Readable: words from the page's own text, a query term marked in it, never the notice.
    await expect(first.locator('.pagefind-ui__result-excerpt').first().locator('mark').first()).toBeVisible();
    expect(snippet.split(/\s+/).length, snippet).toBeGreaterThanOrEqual(8);
    expect(snippet).not.toMatch(/For clinicians|does not replace/);
  }
  // Printed for the log: each query's top hit and the start of its snippet.
  console.log(found.join('\n'));
});
