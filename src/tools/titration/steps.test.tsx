// @vitest-environment happy-dom
// The steps table and the plain-text summary show the engine's numbers through its formatting gate.
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { titrate, type TitrationInput } from '../../engine';
import { formatAmount, formatCount, formatDose, formatNumber, formatRate, formatVolume } from '../../engine/format';
import { LatestStep } from './LatestStep';
import { StepsTable } from './StepsTable';
import { readableCitations } from '../shared/note-text';
import { titrationSummaryText } from './summary';

function run(input: TitrationInput) {
  const result = titrate(input);
  if (!result.ok) throw new Error(result.errors[0]?.message);
  return result;
}

function table(input: TitrationInput): string[][] {
  const root = document.createElement('div');
  render(<StepsTable steps={run(input).value.steps} agent={input.agent} caption="Steps" refs={{ 'nplate-uspi': 'Nplate US PI', 'nplate-smpc': 'Nplate EU SmPC' }} />, root);
  return [...root.querySelectorAll('tr')].map((row) => [...row.children].map((cell) => cell.textContent ?? ''));
}

describe('StepsTable', () => {
  it('romiplostim: dose with its rate, volume, vial, rule and next count, each the engine’s number formatted', () => {
    const input: TitrationInput = { agent: 'romiplostim', weightKg: 70, counts: [{ day: 0, count: 20 }, { day: 7, count: 30 }] };
    const rows = table(input);
    const step = run(input).value.steps[1];
    const prep = step?.preparation;
    if (step?.dose == null || step.dose.perKg === undefined || prep?.vialMcg == null) throw new Error('expected a dose and its preparation');
    expect(rows[0]).toEqual(['Day', 'Count', 'Decision', 'Dose', 'Volume', 'Vial', 'Rule', 'Next count']);
    expect(rows[2]?.slice(0, 6)).toEqual([
      'Day 7week 1', formatCount(step.count), 'Increase',
      `${formatDose(step.dose)} (${formatRate(step.dose.perKg, undefined, 'mcg', 'kg')})at ${formatAmount(prep.weightKg, 'kg')}`,
      `${formatVolume(prep.volumeMl)}of ${formatAmount(prep.concentrationMcgPerMl, 'mcg/mL')}`,
      `${formatAmount(prep.vialMcg, 'mcg')} vial`,
    ]);
    expect(rows[2]?.[7]).toBe(`Day ${formatNumber(step.nextCountDue ?? 0)}${step.countSchedule}`);
  });

  it('romiplostim under the EU SmPC: a small dose is said to be diluted (W16: 10 kg)', () => {
    const input: TitrationInput = { agent: 'romiplostim', weightKg: 10, options: { ruleset: 'eu-smpc', ageYears: 3 }, counts: [{ day: 0, count: 20 }] };
    const rows = table(input);
    const prep = run(input).value.steps[0]?.preparation;
    if (prep === undefined) throw new Error('expected a preparation');
    expect(prep.diluted).toBe(true);
    expect(rows[1]?.[4]).toBe(`${formatVolume(prep.volumeMl)}diluted to ${formatAmount(prep.concentrationMcgPerMl, 'mcg/mL')} (EU small-dose rule)`);
    expect(rows[1]?.[6]).toContain('[Nplate EU SmPC, §4.2]');
  });

  it('avatrombopag: level, weekly pattern and mg a week (W39), as the engine gives them', () => {
    const input: TitrationInput = { agent: 'avatrombopag', options: { ageYears: 40 }, counts: [{ day: 0, count: 20 }, { day: 14, count: 40 }] };
    const rows = table(input);
    const step = run(input).value.steps[1];
    if (step?.level === undefined || step.mgPerWeek === undefined) throw new Error('expected a level');
    expect(rows[0]?.slice(3, 6)).toEqual(['Level', 'Weekly pattern', 'Weekly total']);
    expect(rows[2]?.slice(3, 6)).toEqual([formatNumber(step.level), step.schedule, formatAmount(step.mgPerWeek, 'mg')]);
  });

  it('flags a hold that needs the prescriber’s restart decision in its row (issue #18: never a silent hold)', () => {
    // 60 kg on 1 mcg/kg, held after two weeks above 200, then a count of 100: no lower dose to restart at.
    const rows = table({ agent: 'romiplostim', weightKg: 60, counts: [0, 7, 14].map((day, at) => ({ day, count: [250, 230, 100][at] ?? 0 })) });
    expect(rows[3]?.[2]).toBe('HoldRestart decision needed now');
    expect(rows[2]?.[2]).toBe('Hold');
  });

  it('a held step says no dose', () => {
    const rows = table({ agent: 'eltrombopag', options: { ageYears: 40 }, counts: [{ day: 0, count: 20 }, { day: 14, count: 450 }] });
    expect(rows[2]?.slice(2, 5)).toEqual(['Hold', 'No dose', '—']);
  });
});

it('the summary for a clinical note names the rule set and every step with its source', () => {
  const input: TitrationInput = { agent: 'romiplostim', weightKg: 70, counts: [{ day: 0, count: 20 }, { day: 7, count: 30 }] };
  const result = run(input);
  const text = titrationSummaryText(result.value, result.warnings, input, readableCitations({ 'nplate-uspi': 'Nplate US PI' }));
  expect(text.split('\n').slice(0, 4)).toEqual([
    'Titration: Romiplostim (Nplate), US label (prescribing information).',
    'Computed for: weight at initiation 70 kg.',
    `Day 0: count ${formatCount(20)}. Start: ${result.value.steps[0]?.schedule ?? ''}. ${result.value.steps[0]?.reason ?? ''} [Nplate US PI, §2.2] (next count day ${formatNumber(result.value.steps[0]?.nextCountDue ?? 0)}: ${result.value.steps[0]?.countSchedule ?? ''})`,
    expect.stringMatching(/^Day 7: count 30 ×10⁹\/L\. Increase: /),
  ]);
  expect(text).toContain('Notes:');
});

describe('LatestStep', () => {
  const latest = (input: TitrationInput) => {
    const root = document.createElement('div');
    render(<LatestStep value={run(input).value} refs={{}} />, root);
    return root;
  };

  it('leads with the restart decision and the day the next count is due, in words', () => {
    const root = latest({ agent: 'romiplostim', weightKg: 60, counts: [{ day: 0, count: 250 }, { day: 7, count: 230 }, { day: 14, count: 100 }] });
    expect(root.firstElementChild?.firstElementChild?.textContent).toBe(`Count ${formatCount(100)}: restart decision needed now — next count due day 21.`);
  });

  it('after a stop still gives the next count, weekly (eltrombopag, whose label is silent)', () => {
    const input: TitrationInput = { agent: 'eltrombopag', options: { ageYears: 40 }, counts: [0, 14, 28, 42, 56].map((day) => ({ day, count: 20 })) };
    const step = run(input).value.steps.at(-1);
    if (step === undefined) throw new Error('expected steps');
    expect(step.action).toBe('discontinue');
    expect(latest(input).querySelector('.restart-decision')).toBeNull();
    expect(latest(input).textContent).toContain(`Next count: day ${formatNumber(step.nextCountDue)} (${step.countSchedule})`);
    expect(step.countSchedule).toMatch(/^weekly after stopping/);
  });
});
