// Budget check (DESIGN.md "Budgets"): prints a table of every built page's weight and fails when a page
// loads more JavaScript before interaction than its kind allows.
import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { htmlPages, routeOf, scriptWeight, styleWeight } from './lib/page-weight.mjs';
import { lighthouseScores } from './lib/lighthouse.mjs';
import { startPreview } from './lib/preview-server.mjs';

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

// Lighthouse (mobile): the Answer page, one guidance page, every tool page and one embed page.
const routes = htmlPages(dist).map((page) => routeOf(dist, page));
const audited = [
  '/',
  routes.find((route) => route.startsWith('/guidance/') && route !== '/guidance/'),
  ...routes.filter((route) => route.startsWith('/tools/') && route !== '/tools/'),
  routes.find((route) => route.startsWith('/embed/')),
].filter((route) => route !== undefined);
const server = await startPreview(Number(process.env.BUDGET_PORT ?? 4399));
let scores;
try {
  // Embed pages are noindex by design, so SEO is exempt there (DESIGN.md).
  scores = await lighthouseScores(
    audited.map((route) => ({ url: new URL(route, server.url).href, exempt: route.startsWith('/embed/') ? ['seo'] : [] })),
  );
} finally {
  server.stop();
}
console.log('\nLighthouse (mobile, median of up to 3 runs)\n                      perf  a11y  best  seo   page');
let lighthouseBroken = 0;
for (const score of scores) {
  const route = new URL(score.url).pathname;
  const seoExempt = route.startsWith('/embed/');
  const ok =
    score.performance === 100 && score.accessibility === 100 && score['best-practices'] === 100 && (seoExempt || score.seo === 100);
  if (!ok) lighthouseBroken += 1;
  const cell = (n) => String(n).padStart(5);
  console.log(
    `${ok ? 'ok  ' : 'LOW '}                 ${cell(score.performance)} ${cell(score.accessibility)} ${cell(score['best-practices'])} ${cell(score.seo)}${seoExempt ? '*' : ' '}  ${route}${ok ? '' : `  (failing: ${score.failing.join(', ')})`}`,
  );
}
console.log('* SEO exempt: embed pages are noindex by design.');

if (broken > 0 || lighthouseBroken > 0) {
  console.error(`${broken} page(s) over the JavaScript budget; ${lighthouseBroken} page(s) below 100 in Lighthouse.`);
  process.exit(1);
}
console.log(`${rows.length} pages within the JavaScript budget; ${scores.length} pages at 100 in Lighthouse.`);
