// Single numbers the pages render inline from the engine (src/components/clinical/label-numbers.ts,
// regimen-rules.ts capText, the romiplostim small-dose export), checked against the research digest
// (drugs.md section named on each row), so a sentence cannot drift from the table the tools walk.
import { describe, expect, it } from 'vitest';
import { agreedText, durationText, intervalText, levelAmount, ruleText } from '../../../src/components/clinical/label-numbers';
import { capText } from '../../../src/components/clinical/regimen-rules';
import { labelTable } from '../../../src/components/clinical/titration-rows';
import { romiplostimSmallDoseMcg, romiplostimVolume } from '../../../src/engine';

describe('a number from one row of a label table', () => {
  it.each([
    ['romiplostim', 'us-label', 'hold-high-count', 'count', undefined, false, '400 ×10⁹/L'], // drugs.md §1.2 row 3
    ['romiplostim', 'us-label', 'decrease-two-high-weeks', 'count', 'gt', true, '200'], // §1.2 row 4
    ['romiplostim', 'us-label', 'decrease-two-high-weeks', 'count', 'le', true, '400'], // §1.2 row 4
    ['romiplostim', 'eu-smpc', 'hold-high-count', 'count', undefined, false, '250 ×10⁹/L'], // §1.3
    ['romiplostim', 'eu-smpc', 'decrease-two-high-weeks', 'count', 'gt', false, '150 ×10⁹/L'], // §1.3
    ['romiplostim', 'us-label', 'stop-no-response-at-maximum', 'days', undefined, false, '4 weeks'], // §1.2 stop rule
    ['eltrombopag', 'us-label', 'stop-no-response-at-maximum', 'count', undefined, false, '50 ×10⁹/L'], // §2.2 stop rule, our proxy
    ['eltrombopag', 'us-label', 'increase-low-count', 'wait', undefined, false, '2 weeks'], // §2.2 row 6
    ['avatrombopag', 'us-label', 'stop-no-response-at-maximum', 'days', undefined, false, '4 weeks'], // §3.3 row 4
    ['fostamatinib', 'us-label', 'increase-after-four-weeks', 'wait', undefined, false, '4 weeks'], // §4.1
    ['fostamatinib', 'us-label', 'stop-no-response-at-twelve-weeks', 'days', undefined, true, '12'], // §4.1
  ] as const)('%s (%s) %s %s %s', (agent, ruleset, row, value, bound, bare, text) => {
    expect(ruleText(labelTable(agent, ruleset), row, value, bound, bare)).toBe(text);
  });

  it('asks which end of a two-sided bound', () => {
    expect(() => ruleText(labelTable('romiplostim'), 'decrease-two-high-weeks', 'count')).toThrow(/name the bound/);
  });

  it('fails on a row the table does not have', () => {
    expect(() => ruleText(labelTable('romiplostim'), 'no-such-row', 'count')).toThrow(/0 rows/);
  });

  it('gives one number for several labels only when they agree (drugs.md §11: 4 weeks at the maximum)', () => {
    const days = (table: Parameters<typeof ruleText>[0]) => ruleText(table, 'stop-no-response-at-maximum', 'days');
    expect(agreedText(['romiplostim', 'eltrombopag', 'avatrombopag'], 'us-label', days)).toBe('4 weeks');
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
    ['romiplostim', undefined, 'adjusting', '2 weeks'], // §1.4: weekly for at least 2 weeks after stopping
    ['avatrombopag', undefined, 'adjusting', '4 weeks'], // §3.4: weekly for at least 4 weeks after stopping
    ['eltrombopag', 'ALT, AST and bilirubin', 'adjusting', '2 weeks'], // §2.5
    ['fostamatinib', 'Blood pressure', 'adjusting', '2 weeks'], // §4.4
    ['fostamatinib', 'Blood pressure', 'stable', '4 weeks'], // §4.4 monthly, read as every 4 weeks
  ] as const)('%s %s (%s): %s', (agent, test, when, text) => {
    expect(intervalText(labelTable(agent), test, when)).toBe(text);
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
    ['methylprednisolone', 'g', '1 g'], // drugs.md §9, cap unverified, adopted as the lower dose
    ['methylprednisolone', undefined, '1,000 mg'],
    ['vincristine', undefined, '2 mg'], // §9, cap unverified
  ] as const)('multi-agent rescue %s cap in %s: %s', (drug, unit, text) => {
    expect(capText('multiagent-rescue', drug, 'adult', unit)).toBe(text);
  });

  it('fails for a drug without a cap', () => {
    expect(() => capText('multiagent-rescue', 'immune globulin')).toThrow(/no cap/);
  });

  it('dilutes romiplostim below 23 mcg to 125 mcg/mL under the EU SmPC (drugs.md §1.1, W16–W17)', () => {
    expect(romiplostimSmallDoseMcg).toBe(23);
    const below = romiplostimVolume({ weightKg: romiplostimSmallDoseMcg - 1, perKg: 1, ruleset: 'eu-smpc' });
    const at = romiplostimVolume({ weightKg: romiplostimSmallDoseMcg, perKg: 1, ruleset: 'eu-smpc' });
    expect(below.ok && [below.value.diluted, below.value.concentrationMcgPerMl]).toEqual([true, 125]);
    expect(at.ok && [at.value.diluted, at.value.concentrationMcgPerMl]).toEqual([false, 500]);
  });
});
