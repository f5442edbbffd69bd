import { describe, expect, it } from 'vitest';
import { avatrombopagLevels, avatrombopagMgPerWeek as mgPerWeek } from '../../../../src/engine/titration/avatrombopag';
import { avatrombopagVectors } from '../../../../src/engine/titration/vectors';
import { codes, exampleInput, exampleRows, expectExample, labelLines, labelTable, last, onDays, run, titrateAny } from './helpers';

const adult = { agent: 'avatrombopag', options: { ageYears: 50 } };

describe('avatrombopag: the dose-level ladder (DOPTELET PI §2; drugs.md §3.1)', () => {
  it.each([
    // [level, mg per week: the digest's table]
    [1, 20],
    [2, 40],
    [3, 60],
    [4, 140],
    [5, 200],
    [6, 280],
  ])('level %d: %d mg a week', (level, perWeek) => {
    const row = avatrombopagLevels[level - 1];
    expect(row.level).toBe(level);
    expect(mgPerWeek(row)).toBe(perWeek);
  });

  it('level 2 also allows 40 mg once a week, the same weekly total', () => {
    const alternative = avatrombopagLevels[1].alternative;
    expect(alternative && alternative.mg * alternative.timesPerWeek).toBe(40);
  });
});

describe('avatrombopag: worked examples W38–W48 (drugs.md §13, src/engine/titration/vectors/avatrombopag.ts)', () => {
  it.each(exampleRows(avatrombopagVectors))('%s: %s', (_id, _shows, vector) => {
    expectExample(vector);
  });

  it('W38: the schedule, with food', () => {
    expect(run(exampleInput('W38')).steps[0].schedule).toBe('20 mg once daily, with food');
  });

  it('W39: level 5 in words: 40 mg on three days and 20 mg on four', () => {
    const step = last(exampleInput('W39'));
    expect(step.schedule).toBe('40 mg on three days a week and 20 mg on the other four days, with food');
    expect(step.reason).toBe('Count 40 < 50: increase by one level to level 5 (40 mg on three days a week and 20 mg on the other four days, with food).');
  });

  it('W41: the stop is the no-response rule; 27 days at level 6 keeps it', () => {
    const input = exampleInput('W41');
    expect(last(input).rule).toBe('stop-no-response-at-maximum');
    expect(last({ ...input, counts: [...input.counts.slice(0, -1), { day: 55, count: 45 }] })).toMatchObject({ action: 'maintain', level: 6 });
  });

  it('W43: the stop asks for twice-weekly counts', () => {
    expect(run(exampleInput('W43')).steps[1].countSchedule).toBe('twice weekly while stopped');
  });

  it('W44: down one level at a time to level 1; at 13 days there it is a stop with a restart rule', () => {
    const input = exampleInput('W44');
    const { steps } = run(input);
    expect(steps.map((s) => s.level)).toEqual([4, 3, 2, 1, undefined]);
    expect(steps[4].rule).toBe('stop-high-at-lowest-level');
    expect(last({ ...input, counts: [...input.counts.slice(0, -1), { day: 48, count: 420 }] })).toMatchObject({ action: 'hold', rule: 'stop-high-count' });
  });

  it('W45: the start reason names the interacting drug', () => {
    expect(run(exampleInput('W45a')).steps[0].reason).toContain('moderate or strong dual CYP2C9 and CYP3A4 inhibitor');
  });

  it.each([
    ['13 days, count 49 keeps level 4 (2-week rule)', 13, 49, 'maintain', 4],
    ['199.9 keeps level 4', 7, 199.9, 'maintain', 4],
    ['400 → level 3 (inclusive reading)', 7, 400, 'decrease', 3],
    ['400.1 stops', 7, 400.1, 'hold', undefined],
  ])('%s', (_case, day, count, action, level) => {
    const step = last({ ...adult, counts: onDays([0, 20], [day, count]) });
    expect([step.action, step.level]).toEqual([action, level]);
  });

  it.each([
    ['149.9 restarts', 149.9, 'resume'],
    ['150 stays off', 150, 'hold'],
  ])('while stopped: %s', (_case, count, action) => {
    expect(last({ ...adult, counts: onDays([0, 20], [7, 450], [10, count]) }).action).toBe(action);
  });

  it('documents the inclusive reading of "between 200 and 400" and the wait after a decrease', () => {
    const { warnings } = run({ ...adult, counts: onDays([0, 20]) });
    expect(codes(warnings)).toEqual(expect.arrayContaining(['avatrombopag-band-reading', 'avatrombopag-decrease-wait']));
    expect(last({ ...adult, counts: onDays([0, 20], [7, 250], [14, 250]) }).action).toBe('maintain');
    expect(last({ ...adult, counts: onDays([0, 20], [7, 250], [21, 250]) })).toMatchObject({ action: 'decrease', level: 2 });
  });

  it('200–400 one week after an increase lowers the level at once (issue #18: no wait blocks a decrease)', () => {
    const { steps } = run({ ...adult, counts: onDays([0, 20], [14, 40], [21, 300]) });
    expect(steps[1]).toMatchObject({ action: 'increase', level: 5 });
    expect(steps[2]).toMatchObject({ action: 'decrease', level: 4 });
  });

  it('no level below level 1: a decrease due there stops the drug for now; it restarts at level 1 below 150', () => {
    const { steps, warnings } = run({ ...adult, counts: onDays([0, 250], [7, 250], [21, 250], [35, 250], [49, 250], [52, 150], [56, 149]) });
    expect(steps[4]).toMatchObject({ action: 'hold', dose: null, rule: 'decrease-high-count' });
    expect(steps[4].reason).toContain('there is no dose below level 1');
    expect(steps[4].reason).toContain('Restart at level 1 (20 mg once a week, on the same weekday, with food) once the count is < 150 (our reading).');
    expect(steps[5]).toMatchObject({ action: 'hold', rule: 'stay-off' });
    expect(steps[6]).toMatchObject({ action: 'resume', level: 1, rule: 'restart-lowest-level' });
    expect(codes(warnings)).toContain('avatrombopag-floor');
  });

  it('East-Asian ancestry or hepatic impairment do not change the start (manufacturer page), with a note', () => {
    const { steps, warnings } = run({ agent: 'avatrombopag', options: { eastAsianAncestry: true, hepaticImpairment: true }, counts: onDays([0, 20]) });
    expect(steps[0].level).toBe(4);
    expect(codes(warnings)).toContain('avatrombopag-no-start-change');
  });

  it('children (guidelines.md §8.1): the paediatric label exists; the tool says it does not yet titrate it', () => {
    const refused = titrateAny({ agent: 'avatrombopag', options: { ageYears: 17 }, counts: onDays([0, 20]) });
    expect(refused).toMatchObject({ ok: false, errors: [{ field: 'options.ageYears' }] });
    const message = refused.ok ? '' : refused.errors[0].message;
    expect(message).toContain('Since July 2025 the DOPTELET label also covers children from 1 year with persistent or chronic ITP');
    expect(message).toContain('it does not yet titrate children on avatrombopag: follow the current DOPTELET label');
    expect(message).not.toMatch(/adults only/i);
    expect(run({ agent: 'avatrombopag', options: { ageYears: 18 }, counts: onDays([0, 20]) }).steps[0].level).toBe(4);
    const note = run({ ...adult, counts: onDays([0, 20]) }).warnings.find((w) => w.code === 'avatrombopag-children');
    expect(note).toMatchObject({ citation: 'doptelet-uspi §1.3, §2' });
  });
});

describe('avatrombopag: the label table as a reader checks it (titrationTable)', () => {
  it('DOPTELET §2 (drugs.md §3.3): one level at a time; our readings at level 1', () => {
    expect(labelLines('avatrombopag')).toEqual([
      'held | count < 150, dose lowest | Restart at the dose stopped (our reading)',
      'held | count < 150 | Restart one level below the dose stopped',
      'held | otherwise | Stay off; count twice weekly while stopped',
      'dosing | count > 400, dose lowest, daysAtDose ≥ 14 | Discontinue',
      expect.stringMatching(/^dosing \| count < 50, dose highest, daysAtDose ≥ 28, countHeldFor ≥ 28 \| Discontinue\. This is a prompt/),
      'dosing | count < 50, dose highest, afterCountOutside true | Keep the same dose (our reading)',
      'dosing | count > 400 | Stop for now (no dose); count twice weekly while stopped',
      'dosing | count ≥ 200 and ≤ 400 | Decrease by one level (not within 14 days of the last decrease)',
      'dosing | count < 50 | Increase by one level, never above 40 mg once daily, with food (only after ≥ 14 days at the current dose)',
      'dosing | otherwise | Keep the same dose',
    ]);
  });

  it('§3.1–3.2: level 4 is the standard start; §3.4: weekly counts for at least 4 weeks after stopping', () => {
    const { start, levels, counts } = labelTable('avatrombopag');
    expect(levels[start.otherwise.level]).toBe('20 mg once daily, with food');
    expect(levels).toHaveLength(6);
    expect(counts.afterStop).toEqual({ every: { days: 7, words: 'weekly after stopping' }, forDays: 28 });
  });
});
