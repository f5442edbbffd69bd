/**
 * Numbers a rendered page's citations in order of first appearance and writes its reference list.
 * Pure string work so it can be unit-tested without a build; the middleware supplies the entries.
 */
import { CITE_MARKER, REFERENCE_LIST_PLACEHOLDER } from './markers';
import { formatReference, type ReferenceData } from './format-reference';

export function numberCitations(html: string, lookup: (key: string) => ReferenceData | undefined): string {
  const order: string[] = [];
  const numbered = html.replace(CITE_MARKER, (_match, key: string, attrs: string, srOnly: string) => {
    let index = order.indexOf(key);
    if (index === -1) index = order.push(key) - 1;
    return `<a class="cite-link" href="#ref-${key}"${attrs}>${srOnly}${index + 1}</a>`;
  });
  if (!numbered.includes(REFERENCE_LIST_PLACEHOLDER)) return numbered;
  const items = order.map((key) => {
    const ref = lookup(key);
    return ref ? `<li id="ref-${key}">${formatReference(ref)}</li>` : '';
  });
  const list =
    items.length === 0
      ? ''
      : `<section class="page-references" aria-labelledby="page-references"><h2 id="page-references">References</h2><ol>${items.join('')}</ol></section>`;
  return numbered.replace(REFERENCE_LIST_PLACEHOLDER, list);
}
