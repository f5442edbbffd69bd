// Single numbers the pages render inline from the engine (src/components/clinical/label-numbers.ts,
// regimen-rules.ts capText, the romiplostim small-dose export). The engine's own data is the oracle: each
// expected text is the engine's number for that row through the formatting gate, so a sentence cannot
// drift from the table the tools walk, and no label value is pinned here (each is pinned once, in the
// engine's vector tests).
import { describe, expect, it } from 'vitest';
import { agreedText, durationText, intervalText, levelAmount, ruleText } from '../../../src/components/clinical/label-numbers';
import { capText } from '../../../src/components/clinical/regimen-rules';
import { labelTable } from '../../../src/components/clinical/titration-rows';
import {
  formatCount, formatDose, formatNumber, regimenRules, romiplostimSmallDoseMcg, romiplostimVolume, type Agent, type LabelTable, type Ruleset,
} from '../../../src/engine';

function row(table: LabelTable, id: string) {
  const found = table.rows.find((entry) => entry.id === id);
  if (found === undefined) throw new Error(`no row ${id}`);
  return found;
}

describe('a number from one row of a label table', () => {
  // [agent, rule set, row, what, which bound, bare, the engine's number for it]
  const cases: [Agent, Ruleset, string, 'count' | 'days' | 'wait', 'gt' | 'le' | undefined, boolean, (table: LabelTable) => number | undefined][] = [
    ['romiplostim', 'us-label', 'hold-high-count', 'count', undefined, false, (t) => row(t, 'hold-high-count').when?.count?.gt],
    ['romiplostim', 'us-label', 'decrease-two-high-weeks', 'count', 'gt', true, (t) => row(t, 'decrease-two-high-weeks').when?.count?.gt],
    ['romiplostim', 'us-label', 'decrease-two-high-weeks', 'count', 'le', true, (t) => row(t, 'decrease-two-high-weeks').when?.count?.le],
    ['romiplostim', 'eu-smpc', 'hold-high-count', 'count', undefined, false, (t) => row(t, 'hold-high-count').when?.count?.gt],
    ['romiplostim', 'eu-smpc', 'decrease-two-high-weeks', 'count', 'gt', false, (t) => row(t, 'decrease-two-high-weeks').when?.count?.gt],
    ['romiplostim', 'us-label', 'stop-no-response-at-maximum', 'days', undefined, false, (t) => row(t, 'stop-no-response-at-maximum').when?.daysAtDose?.ge],
    ['eltrombopag', 'us-label', 'stop-no-response-at-maximum', 'count', undefined, false, (t) => row(t, 'stop-no-response-at-maximum').when?.count?.lt],
    ['eltrombopag', 'us-label', 'increase-low-count', 'wait', undefined, false, (t) => row(t, 'increase-low-count').wait?.atDose ?? row(t, 'increase-low-count').wait?.sinceDecrease],
    ['avatrombopag', 'us-label', 'stop-no-response-at-maximum', 'days', undefined, false, (t) => row(t, 'stop-no-response-at-maximum').when?.daysAtDose?.ge],
    ['fostamatinib', 'us-label', 'increase-after-four-weeks', 'wait', undefined, false, (t) => row(t, 'increase-after-four-weeks').wait?.atDose ?? row(t, 'increase-after-four-weeks').wait?.sinceDecrease],
    ['fostamatinib', 'us-label', 'stop-no-response-at-twelve-weeks', 'days', undefined, true, (t) => {
      const when = row(t, 'stop-no-response-at-twelve-weeks').when;
      return when?.dayOfTreatment?.ge ?? when?.daysAtDose?.ge;
    }],
  ];

  it.each(cases)('%s (%s) %s %s %s', (agent, ruleset, rowId, value, bound, bare, number) => {
    const table = labelTable(agent, ruleset);
    const engine = number(table);
    if (engine === undefined) throw new Error(`the engine's ${rowId} has no such number`);
    const expected = value === 'count' ? (bare ? formatNumber(engine, 1) : formatCount(engine)) : durationText(engine, bare);
    expect(ruleText(table, rowId, value, bound, bare)).toBe(expected);
  });

  it('asks which end of a two-sided bound', () => {
    expect(() => ruleText(labelTable('romiplostim'), 'decrease-two-high-weeks', 'count')).toThrow(/name the bound/);
  });

  it('fails on a row the table does not have', () => {
    expect(() => ruleText(labelTable('romiplostim'), 'no-such-row', 'count')).toThrow(/0 rows/);
  });

  it('gives one number for several labels only when they agree (drugs.md §11: the weeks at the maximum)', () => {
    const days = (table: Parameters<typeof ruleText>[0]) => ruleText(table, 'stop-no-response-at-maximum', 'days');
    expect(agreedText(['romiplostim', 'eltrombopag', 'avatrombopag'], 'us-label', days)).toBe(days(labelTable('romiplostim')));
    expect(() => agreedText(['romiplostim', 'eltrombopag'], 'us-label', (table) => table.step)).toThrow(/disagree/);
  });
});

describe('durations and monitoring intervals', () => {
  it.each([
    [28, false, '4 weeks'],
    [7, false, '1 week'],
    [3, false, '3 days'],
    [14, true, '2'],
  ])('%d days (bare %s) read %j', (days, bare, text) => {
    expect(durationText(days, bare)).toBe(text);
  });

  it.each([
    ['romiplostim', undefined, 'adjusting'],
    ['avatrombopag', undefined, 'adjusting'],
    ['eltrombopag', 'ALT, AST and bilirubin', 'adjusting'],
    ['fostamatinib', 'Blood pressure', 'adjusting'],
    ['fostamatinib', 'Blood pressure', 'stable'],
  ] as const)('%s %s (%s): the engine’s interval in weeks', (agent, test, when) => {
    const table = labelTable(agent);
    const { afterStop } = table.counts;
    const days = test === undefined ? ('forDays' in afterStop ? afterStop.forDays : undefined) : table.tests.find((entry) => entry.test === test)?.every?.[when];
    if (days === undefined) throw new Error('the engine has no such interval');
    expect(intervalText(table, test, when)).toBe(durationText(days));
  });

  it('has no interval after stopping where the sources give none (drugs.md §2.6)', () => {
    expect(() => intervalText(labelTable('eltrombopag'))).toThrow(/no verified count interval/);
    expect(() => intervalText(labelTable('eltrombopag'), 'Eye examination for cataracts')).toThrow(/no repeated test/);
  });
});

describe('amounts and caps', () => {
  it.each([
    ['10 mcg/kg once weekly', '10 mcg/kg'],
    ['150 mg twice daily (300 mg a day)', '150 mg'],
    ['12.5 mg once daily', '12.5 mg'],
  ])('the amount of %j is %j', (level, amount) => {
    expect(levelAmount(level)).toBe(amount);
  });

  it('refuses a level with no leading amount', () => {
    expect(() => levelAmount('one level')).toThrow(/No amount/);
  });

  it.each([
    ['methylprednisolone', 'g'],
    ['methylprednisolone', undefined],
    ['vincristine', undefined],
  ] as const)('multi-agent rescue %s cap in %s: the engine’s cap', (drug, unit) => {
    const rules = regimenRules('multiagent-rescue', { ageGroup: 'adult' });
    const dose = rules.ok ? rules.value.items.find((item) => item.drug === drug)?.dose : undefined;
    if (dose === undefined || dose.basis === 'flat' || dose.cap === undefined) throw new Error('no cap in the engine');
    const expected = unit === 'g' ? formatDose({ amount: dose.cap.amount / 1000, unit: 'g' }) : formatDose({ amount: dose.cap.amount, unit: dose.unit });
    expect(capText('multiagent-rescue', drug, 'adult', unit)).toBe(expected);
  });

  it('fails for a drug without a cap', () => {
    expect(() => capText('multiagent-rescue', 'immune globulin')).toThrow(/no cap/);
  });

  it('dilutes romiplostim below the engine’s small-dose limit under the EU SmPC, to a weaker solution (W16–W17)', () => {
    const below = romiplostimVolume({ weightKg: romiplostimSmallDoseMcg - 1, perKg: 1, ruleset: 'eu-smpc' });
    const at = romiplostimVolume({ weightKg: romiplostimSmallDoseMcg, perKg: 1, ruleset: 'eu-smpc' });
    if (!below.ok || !at.ok) throw new Error('no volume');
    expect([below.value.diluted, at.value.diluted]).toEqual([true, false]);
    expect(below.value.concentrationMcgPerMl).toBeLessThan(at.value.concentrationMcgPerMl);
  });
});
