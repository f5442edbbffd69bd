// Invariants every label table keeps, checked over the tables themselves (the label values are pinned once,
// in each agent's vector file): known citations, unique row ids, each rule set citing its own label, and a
// restart row for every level a hold can start from (DESIGN.md, "No dead ends").
import { describe, expect, it } from 'vitest';
import { citationKey, referenceKeys } from '../../../../src/engine/citations';
import { boundText } from '../../../../src/engine/titration';
import { allAgents } from '../../../../src/engine/titration/all-agents';
import { within } from '../../../../src/engine/titration/bounds';
import { matches } from '../../../../src/engine/titration/conditions';
import type { AgentTable } from '../../../../src/engine/titration/table';

const tables: [string, AgentTable][] = Object.values(allAgents).flatMap((source) =>
  source.eligibility.rulesets.map((ruleset): [string, AgentTable] => [`${source.agent} ${ruleset}`, source.label(ruleset)]));

describe('label tables as data', () => {
  it.each(tables)('%s: every row cites a known reference and has a unique id in its group', (_name, table) => {
    for (const group of [table.rules.dosing, table.rules.held]) {
      const rows = [...group.rules, group.otherwise];
      for (const row of rows) expect(referenceKeys).toContain(citationKey(row.citation));
      expect(new Set(rows.map((row) => row.id)).size).toBe(rows.length);
    }
  });

  it.each(tables)('%s: cites known references in its notes, start rows, monitoring and tests', (_name, table) => {
    const citations = [
      table.citation, table.counts.citation, table.start.otherwise.citation, table.refer.floor.citation,
      ...table.start.rows.map((row) => row.citation), ...table.tests.map((test) => test.citation),
      ...table.notes.flatMap((note) => (note.citation ? [note.citation] : [])),
    ];
    for (const citation of citations) expect(referenceKeys).toContain(citationKey(citation ?? ''));
  });

  it.each(tables)('%s: the rows and the start row cite the label of their own rule set (issue #18: the EU start row cited the US label)', (_name, table) => {
    const own = citationKey(table.citation);
    const rows = [...table.rules.dosing.rules, table.rules.dosing.otherwise, ...table.rules.held.rules, table.rules.held.otherwise];
    expect([...rows, table.start.otherwise, ...table.start.rows].map((row) => citationKey(row.citation))).toEqual(
      Array(rows.length + 1 + table.start.rows.length).fill(own),
    );
  });

  it.each(tables)('%s: every level a hold can start from has a restart row with a count below which it restarts', (_name, table) => {
    const holds = table.rules.dosing.rules.some((rule) => rule.then === 'hold' || rule.then === 'down');
    for (let level = 0; holds && level < table.levels; level += 1) {
      const exits = table.rules.held.rules.filter((rule) => rule.when.dose === undefined || (level === 0 && rule.when.dose === 'lowest'));
      expect(exits.length, `${table.agent} level ${level}`).toBeGreaterThan(0);
    }
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

describe('a row’s previous count (table.ts, conditions.ts)', () => {
  const facts = { count: 250, daysAtDose: 10, dayOfTreatment: 10, dose: 'between', history: [{ day: 0, count: 20 }, { day: 7, count: 250 }, { day: 10, count: 250 }] } as const;
  it('is the assessment just before unless the row looks further back (romiplostim looks back a week: drugs.md §1.2 row 4)', () => {
    expect(matches({ count: { gt: 200 }, previousCount: { gt: 200 } }, facts)).toBe(true);
    expect(matches({ count: { gt: 200 }, previousCount: { gt: 200 }, previousDaysBefore: 7 }, facts)).toBe(false);
  });
});
