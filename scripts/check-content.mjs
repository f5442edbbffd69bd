// Content checks over the built site (run `npx astro build` first): every page cites its sources, every
// internal link and #anchor resolves, and the visible text passes the ISMP lint. Prints each problem with
// its file and text, then a summary line; exits 1 when there is any problem.
import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { hasCitation, needsCitation } from './lib/citation-check.mjs';
import { visibleText } from './lib/html-text.mjs';
import { lintText } from './lib/ismp-lint.mjs';
import { brokenLinks, fileForRoute, pageIds } from './lib/links.mjs';
import { htmlPages, routeOf } from './lib/page-weight.mjs';

const dist = process.argv[2] ?? 'dist';
if (!existsSync(dist)) {
  console.error(`No ${dist}/ folder: run \`npx astro build\` first.`);
  process.exit(1);
}

const pages = htmlPages(dist).map((file) => ({ file, route: routeOf(dist, file), html: readFileSync(file, 'utf8') }));
if (pages.length === 0) {
  console.error(`No HTML pages in ${dist}/: did the build fail?`);
  process.exit(1);
}
const idsByFile = new Map(pages.map((page) => [page.file, pageIds(page.html)]));

/** A route's target: its file's ids when it is an HTML page, no ids for other files, undefined when missing. */
function lookup(route) {
  const file = fileForRoute(dist, route);
  if (file === undefined) return undefined;
  return { ids: file.endsWith('.html') ? (idsByFile.get(file) ?? pageIds(readFileSync(file, 'utf8'))) : undefined };
}

const problems = [];
for (const page of pages) {
  const where = relative('.', page.file);
  if (needsCitation(page.route) && !hasCitation(page.html)) {
    problems.push(`${where}: no citation (no a.cite-link on the page)`);
  }
  for (const link of brokenLinks(page, lookup)) {
    problems.push(`${where}: broken link "${link.href}": ${link.problem}`);
  }
  for (const found of lintText(visibleText(page.html))) {
    problems.push(`${where}: ISMP ${found.rule} "${found.match}" (${found.message}) in "…${found.context}…"`);
  }
}

for (const problem of problems) console.log(problem);
console.log(`${pages.length} pages checked: ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
process.exit(problems.length === 0 ? 0 : 1);
