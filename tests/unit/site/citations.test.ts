// Citations: numbering in order of first appearance, the page's reference list, and the bibliography data.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { referenceKeys } from '../../../src/engine/citations';
import { citeMarker, REFERENCE_LIST_PLACEHOLDER } from '../../../src/lib/citations/markers';
import { numberCitations } from '../../../src/lib/citations/number-page';
import { formatReference, type ReferenceData } from '../../../src/lib/citations/format-reference';
import { citedBy, pageHref } from '../../../src/lib/citations/cited-by';

const entries = parse(readFileSync(new URL('../../../src/content/references.yaml', import.meta.url), 'utf8')) as (ReferenceData & {
  id: string;
})[];
const byId = new Map(entries.map((entry) => [entry.id, entry]));

describe('references collection', () => {
  it('has exactly one entry for every key the engine may cite', () => {
    const ids = entries.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...referenceKeys].sort());
  });

  it('never carries a PMID that is not a number or a DOI with a URL prefix', () => {
    for (const entry of entries) {
      if (entry.pmid !== undefined) expect(String(entry.pmid)).toMatch(/^\d+$/);
      if (entry.doi !== undefined) expect(entry.doi).toMatch(/^10\.\d{4,}\//);
    }
  });
});

describe('numberCitations', () => {
  const page = [
    `<p>a ${citeMarker('ash-2019', 'ASH 2019, rec 9')}</p>`,
    `<p>b ${citeMarker('icr-2019', 'ICR 2019')}, ${citeMarker('ash-2019', 'ASH 2019')}</p>`,
    REFERENCE_LIST_PLACEHOLDER,
  ].join('');
  const html = numberCitations(page, (key) => byId.get(key));

  it('numbers sources in order of first citation and reuses a number for a repeat', () => {
    const numbers = [...html.matchAll(/href="#ref-([a-z0-9-]+)"[^>]*><span class="sr-only">Reference <\/span>(\d+)</g)].map(
      (m) => `${m[1]}=${m[2]}`,
    );
    expect(numbers).toEqual(['ash-2019=1', 'icr-2019=2', 'ash-2019=1']);
  });

  it('replaces the placeholder with an ordered list whose items are the link targets', () => {
    expect(html).not.toContain(REFERENCE_LIST_PLACEHOLDER);
    expect(html).toMatch(/<h2 id="page-references">References<\/h2><ol><li id="ref-ash-2019">.*<li id="ref-icr-2019">/);
  });

  it('writes no list on a page without citations', () => {
    expect(numberCitations(`<p>x</p>${REFERENCE_LIST_PLACEHOLDER}`, () => undefined)).toBe('<p>x</p>');
  });

  it('escapes a locator in the link title', () => {
    expect(citeMarker('ash-2019', 'a "b" <c> & d')).toContain('title="a &quot;b&quot; &lt;c> &amp; d"');
  });
});

describe('formatReference', () => {
  it('links DOI and PMID and says what was not verified', () => {
    const text = formatReference({
      kind: 'guideline', title: 'T', short: 'S', accessed: '2026-11-24', authors: 'A B',
      container: 'Blood', year: 2019, volume: '3(23):1-2', doi: '10.1/x', pmid: '123', unverified: 'end page',
    });
    expect(text).toContain('A B. <cite>T.</cite> Blood. 2019;3(23):1-2.');
    expect(text).toContain('href="https://doi.org/10.1/x"');
    expect(text).toContain('href="https://pubmed.ncbi.nlm.nih.gov/123/"');
    expect(text).toContain('Not verified: end page.');
  });

  it('links the source URL only when there is no DOI, and shows a label revision', () => {
    const text = formatReference({ kind: 'label', title: 'Nplate PI', short: 'S', accessed: '2026-11-24', url: 'https://x.test/a', revised: '2025-02' });
    expect(text).toContain('Label revision 2025-02.');
    expect(text).toContain('href="https://x.test/a"');
  });
});

describe('citedBy', () => {
  it('maps each reference to the pages that cite it, once per page', () => {
    const map = citedBy([
      { id: 'index', body: '<Cite id="ash-2019; icr-2019 §4" /> <Cite id="ash-2019 rec 9" />', data: { title: 'Home' } },
      { id: 'guidance/tpo-ras', body: '<Cite id="ash-2019" />', data: { title: 'TPO-RAs' } },
      { id: 'reference/about', data: { title: 'About' } },
    ]);
    expect(map.get('ash-2019')).toEqual([
      { title: 'Home', href: '/' },
      { title: 'TPO-RAs', href: '/guidance/tpo-ras/' },
    ]);
    expect(map.get('icr-2019')).toEqual([{ title: 'Home', href: '/' }]);
  });

  it('turns entry ids into page URLs', () => {
    expect(pageHref('guidance/index')).toBe('/guidance/');
  });
});
