import { describe, expect, it } from 'vitest';
import { romiplostimReweighDays } from '../../../../src/engine/titration/romiplostim';
import { romiplostimVectors } from '../../../../src/engine/titration/vectors';
import { codes, example, exampleInput, exampleRows, expectExample, labelLines, labelTable, last, onDays, run, titrateAny, weekly } from './helpers';

const adult = { agent: 'romiplostim', weightKg: 70, options: { ageYears: 40 } };
/** Counts that walk a 70 kg adult from 1 to 3 mcg/kg by day 14 (two weeks below 50). */
const onThree = [20, 20, 20];

describe('romiplostim: worked examples W1–W20 (drugs.md §13, src/engine/titration/vectors/romiplostim.ts)', () => {
  it.each(exampleRows(romiplostimVectors))('%s: %s', (_id, _shows, vector) => {
    expectExample(vector);
  });

  it('W13: the schedule says the dose, the rate, the volume and the concentration', () => {
    expect(run(exampleInput('W13')).steps[0].schedule).toBe('72.5 mcg (1 mcg/kg) subcutaneously once weekly: 0.15 mL of the 500 mcg/mL solution');
  });

  it('W3: the reason names the rule with both counts', () => {
    expect(last(exampleInput('W3')).reason).toBe(
      'Count 210 > 200 and ≤ 400, previous count 230 > 200 (day 21): decrease by 1 mcg/kg to 2 mcg/kg × 70 kg = 140 mcg.',
    );
  });

  it('W7–W8: the hold and the stay on hold name their rules; the resume says why', () => {
    const { steps } = run(exampleInput('W8'));
    expect(steps.slice(3).map((step) => step.rule)).toEqual(['hold-high-count', 'stay-on-hold', 'restart-one-lower']);
    expect(steps[5].reason).toBe('On hold, count 199 < 200: restart 1 mcg/kg lower, at 2 mcg/kg × 70 kg = 140 mcg.');
  });

  it('W11: the step before is 9 mcg/kg, and more than one vial raises a note for the pharmacist', () => {
    const { steps, warnings } = run(exampleInput('W11'));
    expect(steps[8].dose).toMatchObject({ perKg: 9 });
    expect(codes(warnings)).toContain('romiplostim-more-than-one-vial');
  });

  it('W12: the capped dose, the prompt to stop and the counts after it, in words', () => {
    const { steps, warnings } = run(exampleInput('W12b'));
    // 10 mcg/kg from day 63.
    expect(steps[10]).toMatchObject({ day: 70, action: 'maintain' });
    expect(steps[10].reason).toBe('Count 20 < 50: already at the maximum dose: keep 10 mcg/kg × 70 kg = 700 mcg.');
    expect(steps[13]).toMatchObject({ day: 91, rule: 'stop-no-response-at-maximum' });
    expect(steps[13].reason).toContain('28 days at this dose (≥ 28): discontinue. This is a prompt to stop, for the prescriber to confirm');
    expect(steps[14]).toMatchObject({ day: 98, rule: 'stopped' });
    expect(codes(warnings)).toContain('discontinue-prompt');
  });

  it('§1.4: after stopping, the label asks for weekly counts for at least 2 weeks; the follow-up note says so', () => {
    const { warnings } = run({ ...adult, counts: weekly(...Array<number>(15).fill(20)) });
    expect(warnings.find((w) => w.code === 'after-stop-follow-up')?.message)
      .toMatch(/^The label asks for counts weekly after stopping for at least 2 weeks\./);
  });

  it('W12 boundary: 27 days at 10 mcg/kg keeps the dose, 28 days prompts the stop (days, not assessments)', () => {
    const toTen = weekly(...Array<number>(10).fill(20));
    expect(last({ ...adult, counts: [...toTen, { day: 90, count: 20 }] }).action).toBe('maintain');
    expect(last({ ...adult, counts: [...toTen, { day: 91, count: 20 }] }).action).toBe('discontinue');
    expect(last({ ...adult, counts: [...toTen, { day: 91, count: 50 }] }).action).toBe('maintain');
  });

  it('W14: an adult keeps the initiation weight, and a note says so', () => {
    expect(codes(run(exampleInput('W14')).warnings)).toContain('romiplostim-adult-weight');
  });

  it('W15: the note names the weight in use and when the next reweigh is due', () => {
    const note = run(exampleInput('W15')).warnings.find((w) => w.code === 'romiplostim-child-weight');
    expect(note?.message).toContain('Weight in use: 23 kg (day 84); next reweigh due by day 168.');
  });

  it('publishes the reweigh interval the pages print: every 12 weeks, 84 days (drugs.md §1.1)', () => {
    expect(romiplostimReweighDays).toBe(84);
    const { warnings } = run({ agent: 'romiplostim', weightKg: 20, options: { ageYears: 8 }, counts: weekly(20) });
    expect(warnings.find((w) => w.code === 'romiplostim-child-weight')?.message).toContain('Children: reweigh every 12 weeks');
  });

  it('W20: a decrease due at 1 mcg/kg holds, never a 0 mcg dose, and says how the hold ends', () => {
    expectExample(example('W20'));
    const { steps, warnings } = run(exampleInput('W20'));
    expect(steps[1].rule).toBe('decrease-two-high-weeks');
    expect(steps[1].reason).toBe(
      'Count 230 > 200 and ≤ 400, previous count 250 > 200 (day 0): there is no dose below 1 mcg/kg × 60 kg = 60 mcg: hold (no dose). Restart at 1 mcg/kg × 60 kg = 60 mcg once the count is ≤ 50 (our reading).',
    );
    expect(codes(warnings)).toContain('romiplostim-floor');
  });

  it('register item 2: held from 1 mcg/kg, counts of 100, 10 and 5 are never a silent hold (issue #18)', () => {
    const { steps } = run({ agent: 'romiplostim', weightKg: 60, counts: weekly(250, 230, 100, 10, 5) });
    // 100 < 200: the label's restart (1 mcg/kg lower) would be 0 mcg/kg: a restart decision, with the next count.
    expect(steps[2]).toMatchObject({ action: 'hold', dose: null, rule: 'restart-one-lower', restartDecision: true, nextCountDue: 21 });
    expect(steps[2].reason).toBe(
      'On hold, count 100 < 200: restart decision needed now: the label restarts one step below the dose stopped, and there is no dose below 1 mcg/kg × 60 kg = 60 mcg; stay on hold (no dose) until the prescriber decides. Restart at 1 mcg/kg × 60 kg = 60 mcg once the count is ≤ 50 (our reading), unless the prescriber restarts sooner. Next count due day 21.',
    );
    // ≤ 50: restart at 1 mcg/kg (the trial protocol's reading), then dosing goes on by the table.
    expect(steps[3]).toMatchObject({ action: 'resume', rule: 'restart-lowest-dose', dose: { amount: 60, perKg: 1 } });
    expect(steps[3].reason).toMatch(/^On hold, count 10 ≤ 50, at the lowest dose: restart at 1 mcg\/kg × 60 kg = 60 mcg\. Our reading: the label gives no step below 1 mcg\/kg/);
    expect(steps[4]).toMatchObject({ action: 'increase', dose: { perKg: 2 } });
  });

  it.each([
    ['50.1 is a restart decision', 50.1, 'hold'],
    ['50 restarts at 1 mcg/kg', 50, 'resume'],
    ['49.9 restarts at 1 mcg/kg', 49.9, 'resume'],
  ])('the 1 mcg/kg restart count (trial protocol, ≤ 50): %s', (_case, count, action) => {
    expect(last({ agent: 'romiplostim', weightKg: 60, counts: weekly(20, 401, count) }).action).toBe(action);
  });

  it('W20 follow-on: held from 1 mcg/kg above the restart count stays on hold and says when it restarts', () => {
    const step = last({ agent: 'romiplostim', weightKg: 60, counts: weekly(20, 401, 250) });
    expect(step).toMatchObject({ action: 'hold', dose: null, rule: 'stay-on-hold' });
    expect(step.restartDecision).toBeUndefined();
    expect(step.reason).toBe('On hold, count 250: not low enough to restart: stay on hold (no dose). Restart at 1 mcg/kg × 60 kg = 60 mcg once the count is ≤ 50 (our reading).');
  });

  it('W7: a hold above the floor says it restarts 1 mcg/kg lower once the count is < 200', () => {
    expect(last(exampleInput('W7')).reason).toBe(
      'Count 401 > 400: hold (no dose). Restart 1 mcg/kg lower, at 2 mcg/kg × 70 kg = 140 mcg once the count is < 200.',
    );
  });
});

describe('romiplostim, US label: thresholds at value − ε, value, value + ε', () => {
  it.each([
    // [source, P1, P0, action]
    ['§1.2 row 5: 49.9 increases', 20, 49.9, 'increase'],
    ['§1.2 row 6: 50 keeps', 20, 50, 'maintain'],
    ['§1.2 row 6: 50.1 keeps', 20, 50.1, 'maintain'],
    ['§1.2 row 6: 199.9 keeps', 250, 199.9, 'maintain'],
    ['§1.2 row 6: 200 keeps', 250, 200, 'maintain'],
    ['§1.2 row 4: 200.1 after > 200 decreases', 250, 200.1, 'decrease'],
    ['§1.2 row 4: 399.9 decreases', 250, 399.9, 'decrease'],
    ['§1.2 row 4: 400 decreases', 250, 400, 'decrease'],
    ['§1.2 row 3: 400.1 holds', 250, 400.1, 'hold'],
    ['§1.2 row 4: previous 200 is not above 200', 200, 300, 'maintain'],
    ['§1.2 row 4: previous 200.1 is above 200', 200.1, 300, 'decrease'],
  ])('%s', (_source, previous, count, action) => {
    expect(last({ ...adult, counts: weekly(...onThree, previous, count) }).action).toBe(action);
  });

  it.each([
    ['§1.2 row 1: on hold, 199.9 restarts', 199.9, 'resume'],
    ['§1.2 row 2: on hold, 200 stays on hold', 200, 'hold'],
    ['§1.2 row 2: on hold, 200.1 stays on hold', 200.1, 'hold'],
  ])('%s', (_source, count, action) => {
    expect(last({ ...adult, counts: weekly(...onThree, 450, count) }).action).toBe(action);
  });
});

describe('romiplostim, EU SmPC rule set', () => {
  const eu = { ...adult, options: { ageYears: 40, ruleset: 'eu-smpc' } };

  it('says which rule set it used, in the value and in a note', () => {
    const { value, warnings } = run({ ...eu, counts: weekly(20) });
    expect(value.ruleset).toBe('eu-smpc');
    expect(warnings[0]).toMatchObject({ code: 'ruleset', citation: 'nplate-smpc §4.2' });
    // Issue #18: the EU rule set's start row cites the SmPC, not the US label.
    expect(run({ ...eu, counts: weekly(20) }).steps[0].citation).toBe('nplate-smpc §4.2');
    expect(run({ ...adult, counts: weekly(20) }).steps[0].citation).toBe('nplate-uspi §2.2');
    expect(codes(warnings)).toContain('romiplostim-eu-cutoffs');
    expect(run({ ...adult, counts: weekly(20) }).value.ruleset).toBe('us-label');
  });

  it('W16: the schedule names the diluted solution, and a note says how to dilute', () => {
    const { steps, warnings } = run(exampleInput('W16'));
    expect(steps[0].schedule).toBe('10 mcg (1 mcg/kg) subcutaneously once weekly: 0.08 mL of the 125 mcg/mL (diluted) solution');
    expect(codes(warnings)).toContain('romiplostim-dilution');
  });

  it.each([
    ['22.9 kg → 22.9 mcg is diluted', 22.9, true],
    ['23 kg → 23 mcg is not', 23, false],
    ['23.1 kg → 23.1 mcg is not', 23.1, false],
  ])('the 23 mcg threshold: %s', (_case, weightKg, diluted) => {
    const [start] = run({ agent: 'romiplostim', weightKg, options: { ruleset: 'eu-smpc' }, counts: weekly(20) }).steps;
    expect(start.preparation?.diluted).toBe(diluted);
  });

  it('US label: a dose below 23 mcg is not diluted and shows no volume to draw up, with a note that the US step is unverified', () => {
    const { steps, warnings } = run({ agent: 'romiplostim', weightKg: 8, options: { ageYears: 1 }, counts: weekly(20) });
    expect(steps[0].preparation).toMatchObject({ mcg: 8, diluted: false });
    // 0.02 mL at 500 mcg/mL would deliver 10 mcg, not 8: the schedule a person reads names no volume.
    expect(steps[0].schedule).not.toMatch(/\d mL/);
    expect(steps[0].schedule).toContain('the pharmacy prepares it');
    expect(warnings.find((w) => w.code === 'romiplostim-small-dose')?.message).toContain('not verified');
    expect(codes(run({ ...adult, counts: weekly(20) }).warnings)).not.toContain('romiplostim-small-dose');
  });

  it.each([0.5, 0.6])('EU: %s kg (1 mcg/kg) rounds to 0 mL even diluted: no volume is shown, the pharmacy prepares it (third engine audit)', (weightKg) => {
    const { steps, warnings } = run({ agent: 'romiplostim', weightKg, options: { ruleset: 'eu-smpc' }, counts: weekly(10) });
    expect(steps[0].schedule).not.toMatch(/\d mL of the/);
    expect(steps[0].schedule).toContain('the pharmacy prepares it (its volume rounds to 0 mL at 125 mcg/mL)');
    expect(warnings.find((w) => w.code === 'romiplostim-volume-unmeasurable')?.message).toContain('Check the weight');
    expect(run({ agent: 'romiplostim', weightKg: 0.7, options: { ruleset: 'eu-smpc' }, counts: weekly(10) }).steps[0].schedule).toContain('0.01 mL of the 125 mcg/mL (diluted) solution');
  });

  it.each([[22.9, false], [23, true]])('US label at %s kg (1 mcg/kg): a volume is shown %s', (weightKg, shown) => {
    const { steps } = run({ agent: 'romiplostim', weightKg, options: { ageYears: 5 }, counts: weekly(20) });
    expect(/\d mL of the/.test(steps[0].schedule ?? '')).toBe(shown);
  });

  it('EU floor: held from 1 mcg/kg, a count below 150 but above 50 asks for a restart decision; ≤ 50 restarts at 1 mcg/kg', () => {
    const { steps } = run({ agent: 'romiplostim', weightKg: 60, options: { ruleset: 'eu-smpc' }, counts: weekly(20, 260, 149, 50) });
    expect(steps[2]).toMatchObject({ action: 'hold', restartDecision: true, citation: 'nplate-smpc §4.2' });
    expect(steps[3]).toMatchObject({ action: 'resume', dose: { perKg: 1 }, citation: 'nplate-smpc §4.2' });
  });

  it.each([
    ['> 150 two weeks: 150 keeps', 160, 150, 'maintain'],
    ['> 150 two weeks: 150.1 decreases', 160, 150.1, 'decrease'],
    ['≤ 250 decreases', 160, 250, 'decrease'],
    ['> 250 holds: 250.1', 160, 250.1, 'hold'],
    ['previous 150 is not above 150', 150, 200, 'maintain'],
  ])('EU thresholds (SmPC §4.2): %s', (_case, previous, count, action) => {
    expect(last({ ...eu, counts: weekly(...onThree, previous, count) }).action).toBe(action);
  });

  it.each([
    ['149.9 restarts', 149.9, 'resume'],
    ['150 stays on hold', 150, 'hold'],
  ])('EU restart threshold: on hold, %s', (_case, count, action) => {
    expect(last({ ...eu, counts: weekly(...onThree, 300, count) }).action).toBe(action);
  });
});

describe('romiplostim: the label tables as a reader checks them (titrationTable)', () => {
  it('US label, Nplate PI §2.2 (drugs.md §1.2), in the order of evaluation', () => {
    const label = labelTable('romiplostim');
    expect(label.title).toMatch(/^Nplate \(romiplostim\) US prescribing information/);
    expect(labelLines('romiplostim')).toEqual([
      'held | count ≤ 50, dose lowest | Restart at the dose stopped (our reading)',
      'held | count < 200 | Restart 1 mcg/kg below the dose stopped',
      'held | otherwise | Stay off; count weekly while on hold',
      'dosing | count > 400 | Stop for now (no dose); count weekly while on hold',
      'dosing | count > 200 and ≤ 400, previousCount > 200, previousDaysBefore 7 | Decrease by 1 mcg/kg (not within 7 days of the last decrease)',
      expect.stringMatching(/^dosing \| count < 50, dose highest, daysAtDose ≥ 28, countHeldFor ≥ 28 \| Discontinue\. This is a prompt to stop/),
      'dosing | count < 50, dose highest, afterCountOutside true | Keep the same dose (our reading)',
      'dosing | count < 50 | Increase by 1 mcg/kg, never above 10 mcg/kg once weekly (only after ≥ 7 days at the current dose)',
      'dosing | otherwise | Keep the same dose',
    ]);
    expect([label.levels.length, label.levels[0], label.levels[9], label.step]).toEqual([10, '1 mcg/kg once weekly', '10 mcg/kg once weekly', '1 mcg/kg']);
    expect(label.refer.floor.code).toBe('romiplostim-floor');
  });

  it('EU SmPC §4.2 (drugs.md §1.3): cut-offs of 150 and 250, the same floor reading', () => {
    expect(labelLines('romiplostim', 'eu-smpc').slice(0, 5)).toEqual([
      'held | count ≤ 50, dose lowest | Restart at the dose stopped (our reading)',
      'held | count < 150 | Restart 1 mcg/kg below the dose stopped',
      'held | otherwise | Stay off; count weekly while on hold',
      'dosing | count > 250 | Stop for now (no dose); count weekly while on hold',
      'dosing | count > 150 and ≤ 250, previousCount > 150, previousDaysBefore 7 | Decrease by 1 mcg/kg (not within 7 days of the last decrease)',
    ]);
    expect(labelTable('romiplostim', 'eu-smpc').notes.map((note) => note.code)).toContain('romiplostim-eu-cutoffs');
  });

  it('the EU note names the cut-offs the rows apply, read from the two tables (the SmPC’s higher ones are the US rows)', () => {
    const note = labelTable('romiplostim', 'eu-smpc').notes.find((entry) => entry.code === 'romiplostim-eu-cutoffs');
    expect(note?.message).toBe(
      'When counts fall abruptly after reductions, the SmPC lets the prescriber use higher cut-offs: reduce at > 200 and interrupt at > 400; this table reduces at > 150 and interrupts at > 250.',
    );
  });

  it('§1.4: the label asks for counts weekly for at least 2 weeks after stopping', () => {
    expect(labelTable('romiplostim').counts.afterStop).toEqual({ every: { days: 7, words: 'weekly after stopping' }, forDays: 14 });
  });
});

describe('romiplostim is titrated weekly, however often the count is taken (drugs.md §1.2)', () => {
  it.each([
    ['us-label', 250],
    ['eu-smpc', 200],
  ] as const)('%s: two high counts days apart are not two weekly counts, and a further decrease waits a week (third engine audit)', (ruleset, high) => {
    const base = { agent: 'romiplostim', weightKg: 70, options: { ageYears: 40, ruleset } };
    const { steps } = run({ ...base, counts: onDays([0, 20], [7, 20], [14, 20], [21, high], [23, high], [25, high], [28, high], [30, high], [35, high]) });
    expect(steps.slice(3).map((step) => step.action)).toEqual(['maintain', 'maintain', 'maintain', 'decrease', 'maintain', 'decrease']);
    expect(steps[6].reason).toContain(`previous count ${high} > ${ruleset === 'eu-smpc' ? 150 : 200} (day 21)`);
    expect(steps[7].reason).toContain('but only 2 days since the decrease on day 28 (its effect is judged after ≥ 7 days)');
    expect(run({ ...base, counts: onDays([0, 20], [7, high], [8, high]) }).steps.map((step) => step.action)).toEqual(['start', 'maintain', 'maintain']);
  });

  it.each(['us-label', 'eu-smpc'] as const)('%s: daily counts below 50 raise the dose once a week, never a step a day', (ruleset) => {
    const counts = Array.from({ length: 15 }, (_, day) => ({ day, count: 20 }));
    const { steps } = run({ agent: 'romiplostim', weightKg: 70, options: { ageYears: 40, ruleset }, counts });
    expect(steps.filter((step) => step.action === 'increase').map((step) => step.day)).toEqual([7, 14]);
    expect(steps[1]).toMatchObject({ action: 'maintain', dose: { amount: 70 } });
  });
});

describe('romiplostim: the weight that doses is checked against the age, and a child\'s reweigh is kept current (drugs.md §1.1)', () => {
  it.each([
    ['80 kg at 6 years', 80, 6, []],
    ['2 kg at 40 years', 2, 40, []],
    ['a reweigh from 20 to 80 kg at 6 years', 20, 6, [{ day: 7, count: 20, weightKg: 80 }]],
  ] as const)('%s: refused on its field until confirmed, then said first, beside the dose it gives', (_name, weightKg, ageYears, later) => {
    const input = { agent: 'romiplostim' as const, weightKg, counts: [{ day: 0, count: 20 }, ...later] };
    const refused = titrateAny({ ...input, options: { ageYears } });
    expect(refused.ok ? [] : refused.errors).toEqual([{
      field: later.length === 0 ? 'weightKg' : 'counts[1].weightKg',
      message: expect.stringMatching(/^80 kg is not a plausible weight|^2 kg is not a plausible weight.*confirm it to see the doses\.$/),
    }]);
    const { warnings } = run({ ...input, options: { ageYears, weightConfirmed: true } });
    expect(warnings[0]).toMatchObject({ code: 'romiplostim-weight-check', message: expect.stringContaining('was confirmed although it is outside the plausible range') });
  });

  it('a plausible weight raises nothing', () => {
    expect(codes(run({ agent: 'romiplostim', weightKg: 20, options: { ageYears: 6 }, counts: weekly(20) }).warnings)).not.toContain('romiplostim-weight-check');
  });

  it.each([[84, false], [91, true]] as const)('a child last weighed on day 0, counts to day %s: the reweigh is overdue %s', (lastDay, overdue) => {
    const counts = Array.from({ length: lastDay / 7 + 1 }, (_, week) => ({ day: week * 7, count: 60 }));
    const { warnings } = run({ agent: 'romiplostim', weightKg: 20, options: { ageYears: 6 }, counts });
    expect(warnings.find((note) => note.code === 'romiplostim-child-weight')?.message.includes('overdue since day 84')).toBe(overdue);
  });
});
