// The search weight of each part of the site (src/lib/search-weight.ts): guidance above the tools, the
// tools above the home page and the algorithm, and those above teaching, embedding and reference pages.
import { expect, it } from 'vitest';
import { pagefindWeight } from '../../../src/lib/search-weight';

it('weighs guidance first, then the tools, then the pages outside a section, then teaching and reference pages', () => {
  const order = ['guidance/rituximab', 'tools/dose-calculator', 'algorithm', 'teach/embed'].map(pagefindWeight);
  expect(order).toEqual([...order].sort((a, b) => b - a));
  expect(new Set(order).size).toBe(order.length);
  expect(pagefindWeight('reference/about')).toBe(pagefindWeight('teach/embed'));
  expect(pagefindWeight('index')).toBe(pagefindWeight('algorithm'));
});
