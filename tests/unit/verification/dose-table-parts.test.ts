// The committed dose table as the Verification page shows it: every table of the file, each with a caption, and
// every row of the first with its sources from the engine's regimen data.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { doseTableParts } from '../../../src/components/verification/dose-table-parts';
import { citationKey, referenceKeys } from '../../../src/engine';

const keys: readonly string[] = referenceKeys;

const markdown = readFileSync(new URL('../../../docs/dose-table.md', import.meta.url), 'utf8');

describe('doseTableParts', () => {
  const parts = doseTableParts(markdown);
  const tables = parts.filter((part) => part.kind === 'table');

  it('shows every table of the file, each with its own caption, and leaves out the file’s title', () => {
    expect(tables).toHaveLength(markdown.split('\n').filter((line) => line.startsWith('| ---')).length);
    expect(new Set(tables.map((table) => table.caption)).size).toBe(tables.length);
    expect(parts.some((part) => part.kind === 'heading' && part.text === 'Dose table')).toBe(false);
    expect(tables[1]?.caption).toMatch(/^Child 2 y, 10 kg, 80 cm: /);
  });

  it('gives every row of the first table its sources, and only the first', () => {
    const [summary, ...rest] = tables;
    expect(summary?.sources).toHaveLength(summary?.rows.length ?? -1);
    for (const sources of summary?.sources ?? []) {
      for (const citation of sources.split('; ')) expect(keys).toContain(citationKey(citation));
    }
    expect(rest.every((table) => table.sources.length === 0)).toBe(true);
  });

  it('stops the build on a row the engine has no regimen or drug for', () => {
    expect(() => doseTableParts('| Regimen | Drug |\n| --- | --- |\n| Rituximab, standard dose | aspirin |\n')).toThrow(/no engine regimen "Rituximab, standard dose" with the drug "aspirin"/);
    expect(() => doseTableParts('| Regimen | Drug |\n| --- | --- |\n| Leeches | leech |\n')).toThrow(/no engine regimen "Leeches"/);
  });

  it('keeps notes and lists as escaped HTML', () => {
    expect(doseTableParts('Some `code` & text\n\n- a <b>\n')).toEqual([
      { kind: 'html', html: '<p>Some <code>code</code> &amp; text</p>' },
      { kind: 'html', html: '<ul><li>a &lt;b&gt;</li></ul>' },
    ]);
  });
});
