/**
 * The HTML markers that tie citations to a page's reference list. `<Cite>` writes a marker link per
 * citation; the middleware numbers them in order of first appearance and replaces the placeholder with
 * the list. Kept in one module so the writer and the reader cannot disagree.
 */
export const REFERENCE_LIST_PLACEHOLDER = '<!--itp:references-->';

/** Placeholder text inside a citation link until the page is numbered. */
export const UNNUMBERED = '#';

/** Matches a citation marker link written by `citeMarker()`: captures the key and the inner number slot. */
export const CITE_MARKER = /<a class="cite-link" href="#ref-([a-z0-9-]+)"([^>]*)>(<span class="sr-only">[^<]*<\/span>)#<\/a>/g;

export function citeMarker(key: string, title: string): string {
  const safeTitle = title.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return `<a class="cite-link" href="#ref-${key}" title="${safeTitle}"><span class="sr-only">Reference </span>${UNNUMBERED}</a>`;
}
