/**
 * The committed dose table (docs/dose-table.md) as the parts the page shows: its headings and notes, and its
 * tables with a caption each; the first table, before any patient heading, gains each row's sources.
 */
import { citeId } from '../clinical/cite-ids';
import { inlineHtml, markdownBlocks } from './markdown-blocks';
import { regimenRowSources } from './regimen-sources';

export type DosePart =
  | { kind: 'heading'; id: string; text: string }
  | { kind: 'html'; html: string }
  | { kind: 'table'; id: string; caption: string; header: string[]; rows: string[][]; sources: string[]; wide: boolean };

export function doseTableParts(markdown: string): DosePart[] {
  let heading = '';
  return markdownBlocks(markdown).flatMap((block, index): DosePart[] => {
    const id = `doses-${index}`;
    switch (block.kind) {
      case 'heading':
        // The file's title is the page section's own heading.
        if (block.level === 1) return [];
        heading = block.text;
        return [{ kind: 'heading', id, text: block.text }];
      case 'paragraph':
        return [{ kind: 'html', html: `<p>${inlineHtml(block.text)}</p>` }];
      case 'list':
        return [{ kind: 'html', html: `<ul>${block.items.map((item) => `<li>${inlineHtml(item)}</li>`).join('')}</ul>` }];
      case 'table': {
        const summary = heading === '';
        return [{
          kind: 'table', id, header: block.header, rows: block.rows, wide: block.header.length > 5,
          caption: summary ? 'Each regimen’s dose at each reference patient, with its sources' : `${heading}: each regimen’s dose, route, schedule and working`,
          sources: summary ? block.rows.map((row) => citeId(...regimenRowSources(row[0] ?? '', row[1] ?? ''))) : [],
        }];
      }
    }
  });
}
