import { describe, expect, it } from 'vitest';
import { citationKey, referenceKeys } from '../../../../src/engine/citations';
import { avatrombopagRules, avatrombopagTable } from '../../../../src/engine/titration/avatrombopag';
import { boundText, within } from '../../../../src/engine/titration/bounds';
import { eltrombopagRules, eltrombopagTable } from '../../../../src/engine/titration/eltrombopag';
import { fostamatinibRules, fostamatinibTable } from '../../../../src/engine/titration/fostamatinib';
import { romiplostimEuRules, romiplostimUsRules } from '../../../../src/engine/titration/romiplostim-rules';
import { romiplostimTable } from '../../../../src/engine/titration/romiplostim';
import type { RuleTable } from '../../../../src/engine/titration/table';

const tables: [string, RuleTable][] = [
  ['romiplostim us-label', romiplostimUsRules], ['romiplostim eu-smpc', romiplostimEuRules],
  ['eltrombopag', eltrombopagRules], ['avatrombopag', avatrombopagRules], ['fostamatinib', fostamatinibRules],
];

describe('label tables as data', () => {
  it.each(tables)('%s: every row cites a known reference and has a unique id in its group', (_name, table) => {
    for (const group of [table.dosing, table.held]) {
      const rows = [...group.rules, group.otherwise];
      for (const row of rows) expect(referenceKeys).toContain(citationKey(row.citation));
      expect(new Set(rows.map((row) => row.id)).size).toBe(rows.length);
    }
  });

  it('every agent table cites known references in its notes, start rows and tests', () => {
    const all = [romiplostimTable('us-label', [70]), romiplostimTable('eu-smpc', [70]), eltrombopagTable, avatrombopagTable, fostamatinibTable];
    for (const table of all) {
      const citations = [
        table.citation, table.counts.citation, table.start.otherwise.citation,
        ...table.start.rows.map((row) => row.citation), ...table.tests.map((test) => test.citation),
        ...table.notes.flatMap((note) => (note.citation ? [note.citation] : [])),
      ];
      for (const citation of citations) expect(referenceKeys).toContain(citationKey(citation));
    }
  });

  it('the romiplostim US hold row is > 400 and the restart row < 200, as Nplate PI §2.2 says', () => {
    expect(romiplostimUsRules.dosing.rules[0]).toMatchObject({ id: 'hold-high-count', when: { count: { gt: 400 } } });
    expect(romiplostimUsRules.held.rules[0]).toMatchObject({ when: { count: { lt: 200 } }, then: 'resume-lower' });
  });
});

describe('bounds', () => {
  it.each([
    [{ gt: 200, le: 400 }, '> 200 and ≤ 400'],
    [{ ge: 200, le: 400 }, '≥ 200 and ≤ 400'],
    [{ lt: 50 }, '< 50'],
    [{ ge: 14 }, '≥ 14'],
  ])('%o reads as "%s"', (bound, text) => {
    expect(boundText(bound)).toBe(text);
  });

  it.each([
    [{ gt: 200, le: 400 }, 200, false], [{ gt: 200, le: 400 }, 200.1, true], [{ gt: 200, le: 400 }, 400, true],
    [{ gt: 200, le: 400 }, 400.1, false], [{ ge: 200 }, 200, true], [{ lt: 50 }, 50, false], [{ lt: 50 }, 49.9, true],
  ])('%o holds for %d: %s', (bound, value, expected) => {
    expect(within(value, bound)).toBe(expected);
  });
});
