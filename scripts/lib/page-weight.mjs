// Static page weight from the built files (DESIGN.md "Budgets"), gzip as a CDN would serve it:
// - before interaction: the page's scripts and their static imports, followed transitively, and its inline
//   scripts (measured as one stream, as they travel inside the gzipped HTML);
// - on first use: dynamic import() chunks, and a tool's bundle that its launcher adds by the URL in its
//   `data-script` attribute (the walker on the algorithm page);
// - on a choice: a tool root's `data-load-on-choice` attribute, JSON `{ "<choice>": "<script URL>", … }`,
//   names the scripts it loads when the reader makes a choice (a titration agent's rules and table); one of
//   them loads, so the page is held to the LARGEST, with what it imports beyond the page's own scripts.
//   Where one reader's input loads several of them at once (the walker: a pregnant child's case needs the
//   pregnancy part and the child's), the root lists those sets in `data-loaded-together`, JSON
//   `[["<choice>", "<choice>"], …]`, and each set is weighed as one choice, its scripts' files counted once.
// The site search (its dialog and Pagefind's UI), loaded on any page only when the reader opens it, is
// weighed once by searchWeight(), not per page.
import { readFileSync, existsSync, readdirSync, statSync } from 'node:fs';
import { join, dirname, resolve, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export function gzipSize(path) {
  return gzipSync(readFileSync(path), { level: 9 }).length;
}

export function htmlPages(dist) {
  const pages = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (name !== 'pagefind' && name !== '_astro') walk(path);
      } else if (name.endsWith('.html')) pages.push(path);
    }
  };
  walk(dist);
  return pages.sort();
}

export function routeOf(dist, htmlPath) {
  const rel = '/' + relative(dist, htmlPath).replace(/index\.html$/, '').replace(/\.html$/, '');
  return rel;
}

const STATIC_IMPORT = /(?:^|[;\s}])(?:import|export)\s*(?:[\w*${}\s,]+from\s*)?["']([^"']+\.js)["']/g;
const DYNAMIC_IMPORT = /import\(\s*["']([^"']+\.js)["']\s*\)/g;

function resolveAsset(dist, fromFile, spec) {
  if (spec.startsWith('/')) return join(dist, spec);
  return resolve(dirname(fromFile), spec);
}

/** An attribute value as the browser reads it (Astro escapes quotes and ampersands). */
const decodeAttribute = (value) =>
  value.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** Each tool root with a `data-load-on-choice` map: its [choice, script URL] pairs and the sets of choices loaded together. */
export function choiceRoots(html) {
  return [...html.matchAll(/<[^>]*\bdata-load-on-choice=[^>]*>/g)].map(([tag]) => {
    const scripts = readScripts(attribute(tag, 'data-load-on-choice') ?? '');
    const togetherText = attribute(tag, 'data-loaded-together');
    const together = togetherText === undefined ? [] : JSON.parse(togetherText);
    const known = new Set(scripts.map(([choice]) => choice));
    if (!Array.isArray(together) || together.some((set) => !Array.isArray(set) || set.length < 2 || set.some((choice) => !known.has(choice)))) {
      throw new Error(`data-loaded-together must list sets of two or more of the root's choices: ${togetherText}`);
    }
    return { scripts, together };
  });
}

/** Each `data-load-on-choice` map on the page, as [choice, script URL] pairs; throws on one that is not such JSON. */
export function choiceScripts(html) {
  return choiceRoots(html).map((root) => root.scripts);
}

/** An attribute's value in one tag, as the browser reads it; undefined when the tag has none. */
function attribute(tag, name) {
  const match = tag.match(new RegExp(`\\b${name}=(?:"([^"]*)"|'([^']*)')`));
  return match === null ? undefined : decodeAttribute(match[1] ?? match[2] ?? '');
}

function readScripts(text) {
  const map = JSON.parse(text);
  const pairs = typeof map === 'object' && map !== null && !Array.isArray(map) ? Object.entries(map) : [];
  if (pairs.length === 0 || pairs.some(([, url]) => typeof url !== 'string' || !url.endsWith('.js'))) {
    throw new Error(`data-load-on-choice must map each choice to a .js URL: ${text}`);
  }
  return pairs;
}

export function scriptWeight(dist, htmlPath) {
  const html = readFileSync(htmlPath, 'utf8');
  const entries = new Set();
  for (const m of html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)) entries.add(resolveAsset(dist, htmlPath, m[1]));
  for (const m of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)) entries.add(resolveAsset(dist, htmlPath, m[1]));
  // Islands hydrate without any interaction (client:load, idle or visible), so their code counts as eager.
  for (const tag of html.matchAll(/<astro-island\b[^>]*>/g)) {
    for (const m of tag[0].matchAll(/\b(?:component|renderer)-url="([^"]+)"/g)) entries.add(resolveAsset(dist, htmlPath, m[1]));
  }
  const inline = [];
  for (const m of html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g)) {
    if (/type="application\/(ld\+)?json"/.test(m[1])) continue;
    inline.push(m[2]);
    for (const imp of m[2].matchAll(STATIC_IMPORT)) entries.add(resolveAsset(dist, htmlPath, imp[1]));
    for (const imp of m[2].matchAll(DYNAMIC_IMPORT)) entries.add(resolveAsset(dist, htmlPath, imp[1]));
  }
  const inlineBytes = inline.length === 0 ? 0 : gzipSync(Buffer.from(inline.join('\n')), { level: 9 }).length;
  const eager = new Set();
  const lazy = new Set();
  /** Adds `file` and what it imports to `set`, skipping what `counted` holds; dynamic imports go to `later`. */
  const visit = (file, set, counted, later) => {
    if (set.has(file) || counted.has(file) || !existsSync(file)) return;
    set.add(file);
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(STATIC_IMPORT)) visit(resolveAsset(dist, file, m[1]), set, counted, later);
    for (const m of code.matchAll(DYNAMIC_IMPORT)) later.push(resolveAsset(dist, file, m[1]));
  };
  const dynamic = [];
  for (const entry of entries) visit(entry, eager, new Set(), dynamic);
  for (const m of html.matchAll(/\bdata-script="([^"]+\.js)"/g)) dynamic.push(resolveAsset(dist, htmlPath, m[1]));
  while (dynamic.length > 0) visit(dynamic.pop(), lazy, eager, dynamic);
  const sum = (set) => [...set].reduce((total, file) => total + gzipSize(file), 0);
  const counted = new Set([...eager, ...lazy]);
  // Per tool root, the choice (or set of choices loaded together) whose scripts add most beyond what the
  // page already loads.
  const choices = choiceRoots(html).map(({ scripts, together }) => {
    const urls = new Map(scripts);
    const sets = [...scripts.map(([choice]) => [choice]), ...together];
    const weighed = sets.map((set) => {
      const files = new Set();
      const later = [];
      for (const choice of set) visit(resolveAsset(dist, htmlPath, urls.get(choice)), files, counted, later);
      while (later.length > 0) visit(later.pop(), files, counted, later);
      return { choice: set.join('+'), bytes: sum(files), files: [...files].map((f) => relative(dist, f)) };
    });
    return weighed.reduce((largest, next) => (next.bytes > largest.bytes ? next : largest));
  });
  return {
    eagerJs: sum(eager) + inlineBytes,
    lazyJs: sum(lazy),
    choiceJs: choices.reduce((total, choice) => total + choice.bytes, 0),
    largestChoices: choices,
    files: [...eager].map((f) => relative(dist, f)),
    onUse: [...lazy].map((f) => relative(dist, f)),
  };
}

/**
 * The search dialog's script, Pagefind's UI script and the search module it loads: what any page loads when
 * the reader opens search. The dialog's URL is written into the search button's script
 * (src/scripts/search-button.ts), inline or a file, on every page; the Answer page's is read.
 */
export function searchWeight(dist) {
  const home = join(dist, 'index.html');
  const sources = [readFileSync(home, 'utf8'), ...scriptWeight(dist, home).files.map((file) => readFileSync(join(dist, file), 'utf8'))];
  const dialog = sources.map((text) => text.match(/["'`]([^"'`]*\/search-dialog-[\w-]+\.js)["'`]/)?.[1]).find((url) => url !== undefined);
  if (dialog === undefined) throw new Error(`${home} loads no search dialog script (search-dialog-*.js).`);
  return [resolveAsset(dist, home, dialog), join(dist, 'pagefind/pagefind-ui.js'), join(dist, 'pagefind/pagefind.js')]
    .filter((file) => existsSync(file))
    .reduce((total, file) => total + gzipSize(file), 0);
}

export function styleWeight(dist, htmlPath) {
  const html = readFileSync(htmlPath, 'utf8');
  let bytes = 0;
  for (const m of html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)) {
    const file = resolveAsset(dist, htmlPath, m[1]);
    if (existsSync(file)) bytes += gzipSize(file);
  }
  for (const m of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)) bytes += gzipSync(Buffer.from(m[1])).length;
  return bytes;
}
