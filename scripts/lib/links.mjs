// Internal links and #anchors on built pages: every one must point to a page and an id that exist in dist/.
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { decodeEntities } from './html-text.mjs';

const SITE = 'https://site.invalid';

/**
 * The ids a page defines (targets for #anchors).
 * @param {string} html
 * @returns {Set<string>}
 */
export function pageIds(html) {
  const ids = new Set();
  for (const found of html.matchAll(/\sid\s*=\s*["']([^"']+)["']/g)) ids.add(decodeEntities(found[1]));
  return ids;
}

/**
 * The href of every <a> on a page that stays on this site (external, mail and script links left out).
 * @param {string} html
 * @returns {string[]}
 */
export function internalHrefs(html) {
  const hrefs = [];
  for (const found of html.matchAll(/<a\b[^>]*?\shref\s*=\s*["']([^"']*)["']/gi)) {
    const href = decodeEntities(found[1]).trim();
    if (/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(href)) continue;
    hrefs.push(href);
  }
  return hrefs;
}

/**
 * Where an href leads from a page: the route (path without the hash) and the anchor (in a tool's state
 * fragment, `#age=45&at=walker`, the `at` parameter).
 * @param {string} href
 * @param {string} fromRoute e.g. "/guidance/tpo-ras/"
 * @returns {{ route: string, hash: string }}
 */
export function resolveHref(href, fromRoute) {
  const url = new URL(href, new URL(fromRoute, SITE));
  const fragment = url.hash.replace(/^#/, '');
  // A fragment with "=" carries a tool's state (src/tools/shared/fragment.ts): its anchor is the `at` parameter.
  const hash = fragment.includes('=') ? (new URLSearchParams(fragment).get('at') ?? '') : decodeURIComponent(fragment);
  return { route: decodeURIComponent(url.pathname), hash };
}

/**
 * The built file a route is served from, or undefined when dist has none.
 * @param {string} dist
 * @param {string} route
 * @returns {string | undefined}
 */
export function fileForRoute(dist, route) {
  const clean = route.replace(/^\/+/, '');
  const candidates = route.endsWith('/')
    ? [join(dist, clean, 'index.html')]
    : [join(dist, clean), join(dist, `${clean}.html`), join(dist, clean, 'index.html')];
  return candidates.find((path) => existsSync(path) && statSync(path).isFile());
}

/**
 * Broken links on one page. `lookup(route)` returns the target's file and ids, or undefined when no page exists.
 * @param {{ route: string, html: string }} page
 * @param {(route: string) => { ids: Set<string> | undefined } | undefined} lookup  ids undefined: not an HTML page
 * @returns {{ href: string, problem: string }[]}
 */
export function brokenLinks(page, lookup) {
  const problems = [];
  for (const href of internalHrefs(page.html)) {
    const { route, hash } = resolveHref(href, page.route);
    const target = lookup(route);
    if (target === undefined) {
      problems.push({ href, problem: `no page at ${route}` });
    } else if (hash !== '' && hash !== 'top' && target.ids !== undefined && !target.ids.has(hash)) {
      problems.push({ href, problem: `no id "${hash}" on ${route}` });
    }
  }
  return problems;
}
