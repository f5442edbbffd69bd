import { describe, expect, it } from 'vitest';
import { monitoringPlan, stableDefinition } from '../../../../src/engine/titration';
import type { MonitoringPlan } from '../../../../src/engine/titration';
import { codes, onDays, run, weekly } from './helpers';

const plan = (input: unknown): MonitoringPlan => {
  const result = (monitoringPlan as (i: unknown) => ReturnType<typeof monitoringPlan>)(input);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
};

const romiplostim = { agent: 'romiplostim', weightKg: 70 };

describe('platelet counts after each step (drugs.md §1.4, §2.6, §3.4, §4.4)', () => {
  it('publishes "stable" as the pages print it: ≥ 50 for at least 4 weeks (28 days) with no dose change (drugs.md §1.4)', () => {
    expect(stableDefinition).toEqual({ fromCount: 50, forDays: 28 });
  });

  it('romiplostim: weekly until ≥ 50 for 4 weeks with no dose change, then monthly', () => {
    const { steps } = run({ ...romiplostim, counts: weekly(20, 60, 60, 60, 60, 60) });
    expect(steps.map((s) => s.nextCountDue)).toEqual([7, 14, 21, 28, 35, 63]);
    expect(steps[4].countSchedule).toBe('weekly until stable (stable: ≥ 50 for 4 weeks with no dose change)');
    expect(steps[5].countSchedule).toBe('monthly (stable)');
  });

  it('a dose change restarts the 4 weeks; so does a count below 50', () => {
    const { steps } = run({ ...romiplostim, counts: weekly(60, 60, 60, 60, 60, 49, 60, 60, 60, 60) });
    expect(steps[4].nextCountDue).toBe(56);
    expect(steps[5]).toMatchObject({ action: 'increase', nextCountDue: 42 });
    expect(steps[9].nextCountDue).toBe(70);
  });

  it('romiplostim: weekly while on hold; weekly for at least 2 weeks after stopping, then no further count required', () => {
    const toTen = weekly(...Array<number>(14).fill(20));
    const { steps } = run({ ...romiplostim, counts: [...toTen, { day: 98, count: 20 }, { day: 105, count: 20 }] });
    expect(steps[13]).toMatchObject({ action: 'discontinue', nextCountDue: 98, countSchedule: 'weekly after stopping, for at least 2 weeks' });
    expect(steps[14].nextCountDue).toBe(105);
    expect(steps[15]).toMatchObject({ nextCountDue: null, countSchedule: 'follow-up after stopping complete (weekly after stopping for 2 weeks)' });
    expect(run({ ...romiplostim, counts: weekly(20, 450) }).steps[1]).toMatchObject({ nextCountDue: 14, countSchedule: 'weekly while on hold' });
  });

  it('eltrombopag and avatrombopag: twice weekly while stopped for a high count', () => {
    for (const input of [{ agent: 'eltrombopag', options: { ageYears: 40 } }, { agent: 'avatrombopag' }]) {
      expect(run({ ...input, counts: onDays([0, 20], [7, 450]) }).steps[1]).toMatchObject({ nextCountDue: 10, countSchedule: 'twice weekly while stopped' });
    }
  });

  it('avatrombopag: weekly for at least 4 weeks after stopping', () => {
    const { steps } = run({ agent: 'avatrombopag', counts: onDays([0, 20], [14, 40], [28, 45], [56, 45], [77, 45], [84, 45]) });
    expect(steps[3]).toMatchObject({ action: 'discontinue', nextCountDue: 63, countSchedule: 'weekly after stopping, for at least 4 weeks' });
    expect(steps[4].nextCountDue).toBe(84);
    expect(steps[5].nextCountDue).toBeNull();
  });

  it('eltrombopag: the interval after stopping is UNVERIFIED, and the engine says so', () => {
    const { steps, warnings } = run({ agent: 'eltrombopag', options: { ageYears: 40, eastAsianAncestry: true, hepaticImpairment: true }, counts: onDays([0, 20], [14, 420]) });
    expect(steps[1]).toMatchObject({ action: 'discontinue', nextCountDue: null, countSchedule: 'after stopping: no verified interval; ask the prescriber' });
    expect(warnings.find((w) => w.code === 'eltrombopag-after-stopping')?.message).toMatch(/^UNVERIFIED/);
    expect(codes(run({ agent: 'eltrombopag', options: { ageYears: 40 }, counts: onDays([0, 20]) }).warnings)).not.toContain('eltrombopag-after-stopping');
  });

  it('fostamatinib: monthly counts', () => {
    expect(run({ agent: 'fostamatinib', counts: onDays([0, 20], [28, 42]) }).steps.map((s) => s.nextCountDue)).toEqual([28, 56]);
  });

  it('every result explains what "stable" means', () => {
    expect(codes(run({ agent: 'fostamatinib', counts: onDays([0, 20]) }).warnings)).toContain('stable-definition');
  });
});

describe('monitoringPlan', () => {
  it('eltrombopag: liver tests every 2 weeks while adjusting, monthly once stable, none after stopping', () => {
    const eltrombopag = { agent: 'eltrombopag', options: { ageYears: 40 } };
    const adjusting = plan({ ...eltrombopag, counts: onDays([0, 20], [14, 35]) });
    expect(adjusting).toMatchObject({ agent: 'eltrombopag', ruleset: 'us-label', day: 14, stable: false, stopped: false });
    expect(adjusting.items.map((i) => [i.test, i.nextDue])).toEqual([
      ['Platelet count (CBC)', 21], ['ALT, AST and bilirubin', 28], ['Eye examination for cataracts', null],
    ]);
    expect(adjusting.items[1].schedule).toBe('before starting, every 2 weeks while the dose is being adjusted, monthly once the dose is stable');
    const stable = plan({ ...eltrombopag, counts: weekly(60, 60, 60, 60, 60) });
    expect(stable).toMatchObject({ stable: true, items: [{ nextDue: 56 }, { nextDue: 56 }, { nextDue: null }] });
    const stopped = plan({ ...eltrombopag, options: { ageYears: 40, eastAsianAncestry: true, hepaticImpairment: true }, counts: onDays([0, 20], [14, 420]) });
    expect(stopped).toMatchObject({ stopped: true, stable: false, items: [{ nextDue: null }, { nextDue: null }, { nextDue: null }] });
  });

  it('fostamatinib: monthly CBC and liver tests, blood pressure every 2 weeks until stable, a pregnancy test before starting', () => {
    const { items } = plan({ agent: 'fostamatinib', counts: onDays([0, 20], [28, 42]) });
    expect(items.map((i) => [i.test, i.nextDue])).toEqual([
      ['Platelet count (CBC)', 56], ['ALT, AST and bilirubin', 56], ['Blood pressure', 42],
      ['Pregnancy test (females of reproductive potential)', null],
    ]);
  });

  it('romiplostim and avatrombopag: counts only', () => {
    expect(plan({ ...romiplostim, counts: weekly(20) }).items).toHaveLength(1);
    expect(plan({ agent: 'avatrombopag', counts: weekly(20) }).items).toHaveLength(1);
  });

  it('takes the same input as titrate and fails the same way', () => {
    const result = (monitoringPlan as (i: unknown) => ReturnType<typeof monitoringPlan>)({ agent: 'romiplostim', counts: [] });
    expect(result).toMatchObject({ ok: false, errors: [{ field: 'counts' }, { field: 'weightKg' }] });
  });
});
