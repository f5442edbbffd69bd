/**
 * Engine citations as `<Cite id>` values. `<Cite>` splits on ";" to cite several sources, but an engine
 * locator may itself contain ";" ("promacta-uspi boxed warning; §5"), so a part that does not start with a
 * reference key is kept as more locator for the source before it.
 */
import { citationKey, referenceKeys } from '../../engine';

const keys: ReadonlySet<string> = new Set(referenceKeys);

export function citeId(...citations: string[]): string {
  const joined: string[] = [];
  for (const part of citations.flatMap((citation) => citation.split(';')).map((p) => p.trim()).filter(Boolean)) {
    const last = joined.length - 1;
    if (keys.has(citationKey(part)) || last < 0) joined.push(part);
    else joined[last] = `${joined[last]}, ${part}`;
  }
  return joined.join('; ');
}
