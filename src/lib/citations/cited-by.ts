/**
 * Which pages cite which references, read from the MDX sources' <Cite id="…"> tags, so the references page
 * can say where each source is used.
 */
import { citationKey } from '../../engine';

export interface PageRef {
  id: string;
  body?: string | undefined;
  data: { title: string };
}

const CITE_TAG = /<Cite\s+id="([^"]+)"/g;

export function pageHref(id: string): string {
  return id === 'index' ? '/' : `/${id.replace(/\/index$/, '')}/`;
}

export function citedBy(pages: PageRef[]): Map<string, { title: string; href: string }[]> {
  const map = new Map<string, { title: string; href: string }[]>();
  for (const page of pages) {
    const keys = new Set<string>();
    for (const match of (page.body ?? '').matchAll(CITE_TAG)) {
      for (const part of (match[1] ?? '').split(';')) {
        const key = citationKey(part.trim());
        if (key) keys.add(key);
      }
    }
    for (const key of keys) {
      map.set(key, [...(map.get(key) ?? []), { title: page.data.title, href: pageHref(page.id) }]);
    }
  }
  return map;
}
