/**
 * titrationTable: each label's table as data for a reader, checked against what `titrate` does with the
 * same table (the engine is the oracle). The rows' label values are pinned in each agent's vector file.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { titrationAgents, titrationTableOf, type LabelTable } from '../../../../src/engine/titration';
import { allAgents, titrate, titrationTable } from '../../../../src/engine/titration/all-agents';
import type { Agent, Ruleset } from '../../../../src/engine/titration';

function table(agent: Agent, ruleset: Ruleset = 'us-label'): LabelTable {
  const result = titrationTable(agent, ruleset);
  if (!result.ok) throw new Error(`${agent} ${ruleset}: ${JSON.stringify(result.errors)}`);
  return result.value;
}

const every = Object.values(allAgents).flatMap((source) => source.eligibility.rulesets.map((ruleset) => [source.agent, ruleset] as const));

describe('titrationTable: the table titrate walks', () => {
  it('every row titrate fires is a row of the table, with the same citation', () => {
    const countsArb = fc.array(fc.integer({ min: 1, max: 600 }), { minLength: 2, maxLength: 12 })
      .map((counts) => counts.map((count, index) => ({ day: index * 14, count: index === 0 ? Math.min(count, 250) : count })));
    fc.assert(fc.property(fc.constantFrom(...every), countsArb, ([agent, ruleset], counts) => {
      const walked = titrate({ agent, weightKg: 70, options: { ageYears: 40, ruleset }, counts });
      if (!walked.ok) throw new Error(JSON.stringify(walked.errors));
      const rows = new Map(table(agent, ruleset).rows.map((row) => [row.id, row.citation]));
      for (const step of walked.value.steps.slice(1)) {
        if (step.rule !== 'stopped') expect(rows.get(step.rule)).toBe(step.citation);
      }
    }), { numRuns: 200 });
  });

  it.each(titrationAgents)('%s: starts where titrate starts, at the level the table names', (agent) => {
    const walked = titrate({ agent, weightKg: 1, options: { ageYears: 40, weightConfirmed: true }, counts: [{ day: 0, count: 20 }] });
    const label = table(agent);
    const start = walked.ok ? walked.value.steps[0] : undefined;
    expect(start?.citation).toBe(label.start.otherwise.citation);
    expect(label.levels[label.start.otherwise.level]).toContain(start?.dose?.perKg === undefined ? start?.schedule : `${start.dose.perKg} mcg/kg`);
  });

  it.each(every)('%s (%s): rows that wait say so in words; rows that are our reading carry it', (agent, ruleset) => {
    for (const row of table(agent, ruleset).rows) {
      expect(row.waitWords !== undefined).toBe(row.wait !== undefined);
      expect(row.reading === undefined || row.reading.length > 0).toBe(true);
    }
  });

  it('a page carrying one agent gets the same table from its source', () => {
    for (const [agent, ruleset] of every) expect(titrationTableOf(allAgents[agent], ruleset)).toEqual(titrationTable(agent, ruleset));
  });
});

describe('titrationTable: input', () => {
  it('uses the US label by default', () => {
    expect(titrationTable('romiplostim')).toEqual(titrationTable('romiplostim', 'us-label'));
    expect(titrationTableOf(allAgents.romiplostim)).toEqual(titrationTable('romiplostim', 'us-label'));
  });

  it.each([
    ['an unknown agent', 'rilzabrutinib', 'us-label', [{ field: 'agent', message: 'The agent must be one of: romiplostim, eltrombopag, avatrombopag, fostamatinib.' }]],
    ['an unknown rule set', 'romiplostim', 'uk', [{ field: 'ruleset', message: 'The rule set must be one of: us-label, eu-smpc.' }]],
    ['an EU table the engine does not have (drugs.md §2.3)', 'eltrombopag', 'eu-smpc', [{
      field: 'ruleset', message: 'Only the US label is implemented for eltrombopag: its EU SmPC table has not been verified. Choose the US label.',
    }]],
  ])('rejects %s', (_what, agent, ruleset, errors) => {
    expect(titrationTable(agent, ruleset)).toEqual({ ok: false, errors });
  });

  it('never throws on arbitrary input', () => {
    fc.assert(fc.property(fc.anything(), fc.anything(), (agent, ruleset) => {
      const result = titrationTable(agent, ruleset);
      expect(result.ok || result.errors.length > 0).toBe(true);
    }));
  });
});
