// Which built pages must carry a citation, and whether they do. Every content page cites its sources;
// the 404 page and the chrome-less embed pages are exempt (their widgets link back to cited pages).

/** @param {string} route */
export function needsCitation(route) {
  return route !== '/404' && !route.startsWith('/embed/');
}

/**
 * A citation is a link written by <Cite>: <a class="cite-link" …>.
 * @param {string} html
 */
export function hasCitation(html) {
  return /<a\b[^>]*\sclass\s*=\s*["'](?:[^"']*\s)?cite-link(?:\s[^"']*)?["']/i.test(html);
}
