// The JavaScript budgets a page is held to (scripts/lib/budgets.mjs, DESIGN.md "Budgets"): 5 KB before
// interaction on a content page, 30 KB in all on a tool or embed page, largest choice script included.
import { describe, expect, it } from 'vitest';
import { CONTENT_BUDGET, KB, TOOL_BUDGET, budgetChecks, kindOf } from '../../../scripts/lib/budgets.mjs';

const weight = (eager: number, lazy = 0, choice = 0) => ({ eagerJs: eager * KB, lazyJs: lazy * KB, choiceJs: choice * KB });

describe('which budget a page is held to', () => {
  it.each([
    ['/embed/dose/', '', 'embed'],
    ['/tools/titration/', '', 'tool'],
    ['/tools/', '', 'content'],
    ['/guidance/rituximab/', '', 'content'],
    // The "Your patient" page, wherever its route: a tool root that starts with the page makes it a tool page.
    ['/patient/', '<div class="tool-root" data-tool="patient" data-prerendered>', 'tool'],
    // The walker's launcher on the algorithm page: its tool starts on use, the page stays a content page.
    ['/algorithm/', '<div class="tool-root" data-tool="walker" data-script="/_astro/mount.js">', 'content'],
  ])('%s %s → %s', (route, html, kind) => {
    expect(kindOf(route, html)).toBe(kind);
  });
});

describe('the figures each budget is checked against', () => {
  it('a tool or embed page: everything it loads, with its largest choice script, against 30 KB', () => {
    for (const kind of ['tool', 'embed']) expect(budgetChecks(kind, weight(20, 2, 7))).toEqual([['in all', 29 * KB, TOOL_BUDGET]]);
  });

  it('a content page: what it loads before interaction against 5 KB, and in all against 30 KB when it carries a tool', () => {
    expect(budgetChecks('content', weight(2.5))).toEqual([['before interaction', 2.5 * KB, CONTENT_BUDGET]]);
    expect(budgetChecks('content', weight(2.5, 25))).toEqual([
      ['before interaction', 2.5 * KB, CONTENT_BUDGET],
      ['in all, with its tool', 27.5 * KB, TOOL_BUDGET],
    ]);
  });
});
