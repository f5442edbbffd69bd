/**
 * titrationTable: each label's table as data for a reader (drugs.md §1–4), checked row by row against the
 * digest, and against what `titrate` does with the same table.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  avatrombopagLevels, avatrombopagMgPerWeek, boundText, titrate, titrationAgents, titrationTable,
  type Agent, type LabelTable, type Ruleset,
} from '../../../../src/engine/titration';

function table(agent: Agent, ruleset: Ruleset = 'us-label'): LabelTable {
  const result = titrationTable(agent, ruleset);
  if (!result.ok) throw new Error(`${agent} ${ruleset}: ${JSON.stringify(result.errors)}`);
  return result.value;
}

/** A row as "state | bounds | action": the line a reviewer reads against the label. */
function lines(label: LabelTable): string[] {
  return label.rows.map((row) => {
    const when = row.when === undefined
      ? 'otherwise'
      : Object.entries(row.when).map(([name, bound]) => (typeof bound === 'string' ? `dose ${bound}` : `${name} ${boundText(bound)}`)).join(', ');
    return `${row.state} | ${when} | ${row.action}${row.wait ? ` (wait ${JSON.stringify(row.wait)})` : ''}`;
  });
}

describe('titrationTable: the label rows (drugs.md)', () => {
  it('romiplostim, US label: §1.2 in the order of evaluation', () => {
    const label = table('romiplostim');
    expect(label.title).toMatch(/^Nplate \(romiplostim\) US prescribing information/);
    expect(lines(label)).toEqual([
      'held | count < 200 | Restart 1 mcg/kg below the dose stopped',
      'held | otherwise | Stay off; count weekly while on hold',
      'dosing | count > 400 | Stop for now (no dose); count weekly while on hold',
      'dosing | count > 200 and ≤ 400, previousCount > 200 | Decrease by 1 mcg/kg',
      expect.stringMatching(/^dosing \| count < 50, dose highest, daysAtDose ≥ 28 \| Discontinue\. This is a prompt to stop/),
      'dosing | count < 50 | Increase by 1 mcg/kg, never above 10 mcg/kg once weekly',
      'dosing | otherwise | Keep the same dose',
    ]);
    expect(label.rows.map((row) => row.citation)).toEqual(Array(7).fill('nplate-uspi §2.2'));
  });

  it('romiplostim, EU SmPC: §1.3 cut-offs of 150 and 250', () => {
    expect(lines(table('romiplostim', 'eu-smpc')).slice(0, 4)).toEqual([
      'held | count < 150 | Restart 1 mcg/kg below the dose stopped',
      'held | otherwise | Stay off; count weekly while on hold',
      'dosing | count > 250 | Stop for now (no dose); count weekly while on hold',
      'dosing | count > 150 and ≤ 250, previousCount > 150 | Decrease by 1 mcg/kg',
    ]);
    expect(table('romiplostim', 'eu-smpc').notes.map((note) => note.code)).toContain('romiplostim-eu-cutoffs');
  });

  it('eltrombopag: §2.2, with the 2-week waits and the permanent stop at the lowest dose', () => {
    const label = table('eltrombopag');
    expect(lines(label)).toEqual([
      'held | count < 150 | Restart 25 mg below the dose stopped',
      'held | otherwise | Stay off; count twice weekly while stopped',
      'dosing | count > 400, dose lowest, daysAtDose ≥ 14 | Discontinue',
      'dosing | count > 400 | Stop for now (no dose); count twice weekly while stopped',
      'dosing | count ≥ 200 and ≤ 400 | Decrease by 25 mg (wait {"sinceChange":14})',
      expect.stringMatching(/^dosing \| count < 50, dose highest, daysAtDose ≥ 28 \| Discontinue\. This is a prompt/),
      'dosing | count < 50 | Increase by 25 mg, never above 75 mg once daily (wait {"atDose":14})',
      'dosing | otherwise | Keep the same dose',
    ]);
    expect(label.rows.filter((row) => row.prompt).map((row) => row.id)).toEqual(['stop-no-response-at-maximum']);
  });

  it('fostamatinib: §4.1, never held for a count, so no hold rows', () => {
    expect(lines(table('fostamatinib'))).toEqual([
      expect.stringMatching(/^dosing \| count < 50, dayOfTreatment ≥ 84 \| Discontinue\. This is a prompt/),
      'dosing | count < 50 | Increase by 50 mg a dose, never above 150 mg twice daily (300 mg a day) (wait {"atDose":28})',
      'dosing | otherwise | Keep the same dose',
    ]);
  });

  it.each([
    ['romiplostim', 10, '1 mcg/kg once weekly', '10 mcg/kg once weekly', '1 mcg/kg'], // §1.1–1.2
    ['eltrombopag', 4, '12.5 mg once daily', '75 mg once daily', '25 mg'], // §2.1
    ['avatrombopag', 6, '20 mg once a week, on the same weekday, with food', '40 mg once daily, with food', 'one level'], // §3.1
    ['fostamatinib', 2, '100 mg twice daily (200 mg a day)', '150 mg twice daily (300 mg a day)', '50 mg a dose'], // §4.1
  ] as const)('%s: %d levels from %s to %s, steps of %s', (agent, count, lowest, highest, step) => {
    const label = table(agent);
    expect(label.levels).toHaveLength(count);
    expect([label.levels[0], label.levels[count - 1], label.step]).toEqual([lowest, highest, step]);
  });

  it('eltrombopag starts (§2.1): first matching row first, "consider" 12.5 mg with both', () => {
    const { start, levels } = table('eltrombopag');
    expect([...start.rows, start.otherwise].map((row) => `${levels[row.level]}${row.consider ? ' (consider)' : ''}`)).toEqual([
      '12.5 mg once daily (consider)', '25 mg once daily', '25 mg once daily', '25 mg once daily', '50 mg once daily',
    ]);
    expect(start.otherwise.describe).toMatch(/^adult or child aged 6 years or over/);
  });

  it('avatrombopag (§3.1–3.2): level 4 is the standard start; weekly totals 20 to 280 mg', () => {
    const { start, levels } = table('avatrombopag');
    expect(levels[start.otherwise.level]).toBe('20 mg once daily, with food');
    expect(avatrombopagLevels.map(avatrombopagMgPerWeek)).toEqual([20, 40, 60, 140, 200, 280]);
  });

  it('carries the monitoring, the tests, the referral notes and the notes every result shows', () => {
    const eltrombopag = table('eltrombopag');
    expect(eltrombopag.counts.held.words).toBe('twice weekly while stopped');
    expect(eltrombopag.tests.map((test) => test.test)).toEqual(['ALT, AST and bilirubin', 'Eye examination for cataracts']);
    expect(eltrombopag.refer.unverified?.code).toBe('eltrombopag-low-dose-step');
    expect(table('romiplostim').refer.floor.code).toBe('romiplostim-floor');
    expect(table('avatrombopag').counts.afterStop).toEqual({ every: { days: 7, words: 'weekly after stopping' }, forDays: 28 });
    expect(eltrombopag.notes.length).toBeGreaterThan(0);
  });
});

describe('titrationTable: the table titrate walks', () => {
  it('every row titrate fires is a row of the table, with the same citation', () => {
    const countsArb = fc.array(fc.integer({ min: 1, max: 600 }), { minLength: 2, maxLength: 12 })
      .map((counts) => counts.map((count, index) => ({ day: index * 14, count })));
    fc.assert(fc.property(fc.constantFrom(...titrationAgents), countsArb, (agent, counts) => {
      const walked = titrate({ agent, weightKg: 70, options: { ageYears: 40 }, counts });
      if (!walked.ok) throw new Error(JSON.stringify(walked.errors));
      const rows = new Map(table(agent).rows.map((row) => [row.id, row.citation]));
      for (const step of walked.value.steps.slice(1)) {
        if (step.rule !== 'stopped') expect(rows.get(step.rule)).toBe(step.citation);
      }
    }), { numRuns: 200 });
  });

  it('starts where titrate starts', () => {
    const walked = titrate({ agent: 'eltrombopag', options: { ageYears: 40 }, counts: [{ day: 0, count: 20 }] });
    expect(walked.ok && walked.value.steps[0].schedule).toBe(table('eltrombopag').levels[table('eltrombopag').start.otherwise.level]);
  });
});

describe('titrationTable: input', () => {
  it('uses the US label by default', () => {
    expect(titrationTable('romiplostim')).toEqual(titrationTable('romiplostim', 'us-label'));
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
