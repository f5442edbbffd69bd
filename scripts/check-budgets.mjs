// Budget check (DESIGN.md "Budgets"): prints a table of every built page's weight and fails when a page
// loads more JavaScript before interaction than its kind allows.
import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { htmlPages, routeOf, scriptWeight, styleWeight } from './lib/page-weight.mjs';

const dist = 'dist';
if (!existsSync(dist)) {
  console.error('No dist/ folder: run `npm run build` first.');
  process.exit(1);
}

const KB = 1024;
const budgets = {
  content: { label: 'content', eagerJs: 5 * KB },
  tool: { label: 'tool', totalJs: 30 * KB },
  embed: { label: 'embed', totalJs: 20 * KB },
};

function kindOf(route) {
  if (route.startsWith('/embed/')) return budgets.embed;
  if (route.startsWith('/tools/') && route !== '/tools/') return budgets.tool;
  return budgets.content;
}

const kb = (bytes) => (bytes / KB).toFixed(1).padStart(6);
const rows = [];
let broken = 0;
for (const page of htmlPages(dist)) {
  const route = routeOf(dist, page);
  if (route === '/404') continue;
  const kind = kindOf(route);
  const js = scriptWeight(dist, page);
  const html = gzipSync(readFileSync(page)).length;
  const css = styleWeight(dist, page);
  const total = js.eagerJs + js.lazyJs;
  const over =
    (kind.eagerJs !== undefined && js.eagerJs > kind.eagerJs) || (kind.totalJs !== undefined && js.eagerJs > kind.totalJs);
  if (over) broken += 1;
  rows.push(`${over ? 'OVER' : 'ok  '} ${kind.label.padEnd(7)} ${kb(js.eagerJs)} ${kb(total)} ${kb(html)} ${kb(css)}  ${route}`);
}
console.log('      kind      JS0 KB  JSall KB  HTML KB  CSS KB  page   (gzip; JS0 = before interaction)');
for (const row of rows) console.log(row);
console.log(`Budgets: content JS before interaction ≤ 5 KB; tool page JS ≤ 30 KB; embed page JS ≤ 20 KB.`);
if (broken > 0) {
  console.error(`${broken} page(s) over budget.`);
  process.exit(1);
}
console.log(`${rows.length} pages within budget.`);
