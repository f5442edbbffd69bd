// The JavaScript budgets (DESIGN.md "Budgets"), gzip: which a page is held to, and against which figure.
export const KB = 1024;
export const TOOL_BUDGET = 30 * KB;
export const CONTENT_BUDGET = 5 * KB;

/**
 * A tool page — under /tools/, or carrying a tool root (`data-tool`) that starts with the page rather than
 * from a launcher (`data-script`) — and an embed page are held to what they load in all, the largest choice
 * script included. A content page is held to what it loads before the reader interacts and, when it
 * carries a tool started on use (the walker on the algorithm page), to the tool budget in all.
 */
export function kindOf(route, html) {
  if (route.startsWith('/embed/')) return 'embed';
  const startsWithPage = [...html.matchAll(/<[^>]*\bdata-tool="[^"]*"[^>]*>/g)].some(([tag]) => !/\bdata-script=/.test(tag));
  return (route.startsWith('/tools/') && route !== '/tools/') || startsWithPage ? 'tool' : 'content';
}

/**
 * Each budget a page of `kind` is held to, as [what is measured, bytes, limit], from its scriptWeight()
 * (page-weight.mjs); `total` is everything it loads with its largest choice script.
 */
export function budgetChecks(kind, { eagerJs, lazyJs, choiceJs }) {
  const total = eagerJs + lazyJs + choiceJs;
  if (kind !== 'content') return [['in all', total, TOOL_BUDGET]];
  const list = [['before interaction', eagerJs, CONTENT_BUDGET]];
  if (total > eagerJs) list.push(['in all, with its tool', total, TOOL_BUDGET]);
  return list;
}
