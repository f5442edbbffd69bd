import { describe, expect, it } from 'vitest';
import { afterStopDefinition, stableDefinition } from '../../../../src/engine/titration';
import { monitoringPlan } from '../../../../src/engine/titration/all-agents';
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
    expect(steps[4].countSchedule).toBe('weekly until stable (stable: ≥ 50 ×10⁹/L for 4 weeks with no dose change)');
    expect(steps[5].countSchedule).toBe('monthly (stable)');
  });

  it.each([
    ['us-label', 390],
    ['eu-smpc', 200],
  ] as const)('%s: one count in the decrease band (%s) is not stable: the next weekly count decides (third engine audit)', (ruleset, high) => {
    const steady = weekly(100, 100, 100, 100, 100);
    const value = plan({ ...romiplostim, options: { ruleset }, counts: [...steady, { day: 35, count: high }] });
    expect([value.stable, value.items[0].nextDue]).toEqual([false, 42]);
    expect(plan({ ...romiplostim, options: { ruleset }, counts: [...steady, { day: 35, count: 140 }] }).stable).toBe(true);
  });

  it('a dose change restarts the 4 weeks; so does a count below 50', () => {
    const { steps } = run({ ...romiplostim, counts: weekly(60, 60, 60, 60, 60, 49, 60, 60, 60, 60) });
    expect(steps[4].nextCountDue).toBe(56);
    expect(steps[5]).toMatchObject({ action: 'increase', nextCountDue: 42 });
    expect(steps[9].nextCountDue).toBe(70);
  });

  it('weekly while on hold (romiplostim); twice weekly while stopped for a high count (eltrombopag, avatrombopag)', () => {
    expect(run({ ...romiplostim, counts: weekly(20, 450) }).steps[1]).toMatchObject({ nextCountDue: 14, countSchedule: 'weekly while on hold' });
    for (const input of [{ agent: 'eltrombopag', options: { ageYears: 40 } }, { agent: 'avatrombopag' }]) {
      expect(run({ ...input, counts: onDays([0, 20], [7, 450]) }).steps[1]).toMatchObject({ nextCountDue: 10, countSchedule: 'twice weekly while stopped' });
    }
  });

  // One stop per agent, each from its own table's stop row; the follow-up is the contract's (afterStopDefinition).
  const stops: [string, object, [number, number][]][] = [
    ['romiplostim', romiplostim, Array.from({ length: 14 }, (_, week): [number, number] => [week * 7, 20])],
    ['eltrombopag', { agent: 'eltrombopag', options: { ageYears: 40, eastAsianAncestry: true, hepaticImpairment: true } }, [[0, 20], [14, 420]]],
    ['avatrombopag', { agent: 'avatrombopag' }, [[0, 20], [14, 40], [28, 45], [56, 45]]],
    ['fostamatinib', { agent: 'fostamatinib' }, [[0, 20], [28, 42], [84, 25]]],
  ];

  it.each(stops)('%s: after a stop, counts weekly for at least 4 weeks, then monthly; never "no next count" (issue #18)', (_agent, input, pairs) => {
    const { everyDays, forDays, thenDays } = afterStopDefinition;
    const stopDay = pairs[pairs.length - 1][0];
    const after = Array.from({ length: 6 }, (_, week) => [stopDay + (week + 1) * everyDays, 20] as [number, number]);
    const { steps, warnings } = run({ ...input, counts: onDays(...pairs, ...after) });
    const stopped = steps.slice(pairs.length - 1);
    expect(stopped.every((step) => step.action === 'discontinue' && step.dose === null)).toBe(true);
    expect(stopped.map((step) => step.nextCountDue - step.day)).toEqual(
      stopped.map((step) => (step.day < stopDay + forDays ? everyDays : thenDays)),
    );
    expect(stopped[0].countSchedule).toMatch(/^weekly after stopping, for at least 4 weeks/);
    expect(stopped.at(-1)?.countSchedule).toMatch(/^monthly after the 4 weeks of weekly counts/);
    expect(codes(warnings)).toContain('after-stop-follow-up');
  });

  it.each(['eltrombopag', 'fostamatinib'])('%s: the label is silent after stopping; the engine says so and gives its reading', (agent) => {
    const [, input, pairs] = stops.find(([name]) => name === agent) ?? stops[0];
    const { warnings } = run({ ...input, counts: onDays(...pairs) });
    expect(warnings.find((w) => w.code === `${agent}-after-stopping`)?.message).toMatch(/^UNVERIFIED/);
    expect(warnings.find((w) => w.code === 'after-stop-follow-up')?.message).toMatch(/^The label gives no count interval after stopping\. Our reading/);
    expect(codes(run({ ...input, counts: onDays(pairs[0]) }).warnings)).not.toContain(`${agent}-after-stopping`);
  });

  it('fostamatinib: monthly counts', () => {
    expect(run({ agent: 'fostamatinib', counts: onDays([0, 20], [28, 42]) }).steps.map((s) => s.nextCountDue)).toEqual([28, 56]);
  });

  it('every result explains what "stable" means', () => {
    expect(codes(run({ agent: 'fostamatinib', counts: onDays([0, 20]) }).warnings)).toContain('stable-definition');
  });
});

describe('monitoringPlan', () => {
  it('eltrombopag: liver tests every 2 weeks while adjusting, monthly once stable, none after stopping; counts go on', () => {
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
    expect(stopped).toMatchObject({ stopped: true, stable: false, items: [{ nextDue: 21 }, { nextDue: null }, { nextDue: null }] });
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
