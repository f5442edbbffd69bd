// @vitest-environment happy-dom
// The steps table and the plain-text summary show the engine's numbers through its formatting gate.
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { titrate, type TitrationInput } from '../../engine';
import { StepsTable } from './StepsTable';
import { titrationSummaryText } from './summary';

function run(input: TitrationInput) {
  const result = titrate(input);
  if (!result.ok) throw new Error(result.errors[0]?.message);
  return result;
}

function table(input: TitrationInput): string[][] {
  const root = document.createElement('div');
  render(<StepsTable steps={run(input).value.steps} agent={input.agent} caption="Steps" refs={{ 'nplate-uspi': 'Nplate US PI' }} />, root);
  return [...root.querySelectorAll('tr')].map((row) => [...row.children].map((cell) => cell.textContent ?? ''));
}

describe('StepsTable', () => {
  it('romiplostim: dose with its rate, volume, vial, rule and next count (W1, W3 volumes)', () => {
    const rows = table({ agent: 'romiplostim', weightKg: 70, counts: [{ day: 0, count: 20 }, { day: 7, count: 30 }] });
    expect(rows[0]).toEqual(['Day', 'Count', 'Decision', 'Dose', 'Volume', 'Vial', 'Rule', 'Next count']);
    expect(rows[2]?.slice(0, 6)).toEqual(['Day 7week 1', '30 ×10⁹/L', 'Increase', '140 mcg (2 mcg/kg)at 70 kg', '0.28 mLof 500 mcg/mL', '250 mcg vial']);
    expect(rows[2]?.[7]).toMatch(/^Day 14weekly until stable/);
  });

  it('romiplostim under the EU SmPC: a small dose is diluted (W16: 10 kg → 0.08 mL of 125 mcg/mL)', () => {
    const rows = table({ agent: 'romiplostim', weightKg: 10, options: { ruleset: 'eu-smpc', ageYears: 3 }, counts: [{ day: 0, count: 20 }] });
    expect(rows[1]?.[4]).toBe('0.08 mLdiluted to 125 mcg/mL (EU small-dose rule)');
    expect(rows[1]?.[6]).toContain('[Nplate US PI, §2.2]');
  });

  it('avatrombopag: level, weekly pattern and mg a week (W39)', () => {
    const rows = table({ agent: 'avatrombopag', options: { ageYears: 40 }, counts: [{ day: 0, count: 20 }, { day: 14, count: 40 }] });
    expect(rows[0]?.slice(3, 6)).toEqual(['Level', 'Weekly pattern', 'Weekly total']);
    expect(rows[2]?.slice(3, 6)).toEqual(['5', '40 mg on three days a week and 20 mg on the other four days, with food', '200 mg']);
  });

  it('a held step says no dose', () => {
    const rows = table({ agent: 'eltrombopag', options: { ageYears: 40 }, counts: [{ day: 0, count: 20 }, { day: 14, count: 450 }] });
    expect(rows[2]?.slice(2, 5)).toEqual(['Hold', 'No dose', '—']);
  });
});

it('the summary for a clinical note names the rule set and every step with its source', () => {
  const input: TitrationInput = { agent: 'romiplostim', weightKg: 70, counts: [{ day: 0, count: 20 }, { day: 7, count: 30 }] };
  const result = run(input);
  const text = titrationSummaryText(result.value, result.warnings, input);
  expect(text.split('\n').slice(0, 4)).toEqual([
    'Titration: Romiplostim (Nplate), US label (prescribing information).',
    'Computed for: weight at initiation 70 kg.',
    expect.stringMatching(/^Day 0: count 20 ×10⁹\/L\. Start: 70 mcg \(1 mcg\/kg\).*\[nplate-uspi §2\.2\] \(next count day 7: weekly/),
    expect.stringMatching(/^Day 7: count 30 ×10⁹\/L\. Increase: 140 mcg \(2 mcg\/kg\).*0\.28 mL/),
  ]);
  expect(text).toContain('Notes:');
});
