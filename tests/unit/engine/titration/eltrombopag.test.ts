import { describe, expect, it } from 'vitest';
import { eltrombopagVectors } from '../../../../src/engine/titration/vectors';
import { codes, exampleInput, exampleRows, expectExample, labelLines, labelTable, last, onDays, run } from './helpers';

const adult = { agent: 'eltrombopag', options: { ageYears: 40 } };
const eastAsian = { agent: 'eltrombopag', options: { ageYears: 40, eastAsianAncestry: true } };
const both = { agent: 'eltrombopag', options: { ageYears: 40, eastAsianAncestry: true, hepaticImpairment: true } };

describe('eltrombopag (PROMACTA, US): start dose (drugs.md §2.1)', () => {
  it.each([
    // [source, options, mg]
    ['§2.1 "1–5 y": 5.9 years', { ageYears: 5.9 }, 25],
    ['§2.1 "≥ 6 y": 6 years', { ageYears: 6 }, 50],
    ['§2.1: 1 year', { ageYears: 1 }, 25],
    ['§2.1: flags given as false', { ageYears: 40, eastAsianAncestry: false, hepaticImpairment: false }, 50],
  ])('%s → %d mg once daily', (_source, options, mg) => {
    const [start] = run({ agent: 'eltrombopag', options, counts: onDays([0, 20]) }).steps;
    expect(start).toMatchObject({ action: 'start', dose: { amount: mg, unit: 'mg' }, schedule: `${mg} mg once daily`, mgPerDay: mg });
  });

  it('W24: the 12.5 mg start is a "consider", as the label says', () => {
    expect(run(exampleInput('W24')).steps[0].reason).toBe(
      'Start (East- or Southeast-Asian ancestry with hepatic impairment): consider 12.5 mg once daily.',
    );
  });

  it('W37: every result says the doses are PROMACTA doses, not ALVAIZ mg for mg', () => {
    const note = run({ ...adult, counts: onDays([0, 20]) }).warnings.find((w) => w.code === 'eltrombopag-product');
    expect(note).toMatchObject({ citation: 'alvaiz-uspi' });
    expect(note?.message).toContain('not interchangeable mg for mg');
  });

  it('carries the food and cation rule (§2.4) and the hepatotoxicity rules (§2.5) as notes', () => {
    const { warnings } = run({ ...adult, counts: onDays([0, 20]) });
    expect(warnings.find((w) => w.code === 'eltrombopag-food-and-cations')?.message).toContain('2 hours before or 4 hours after');
    expect(warnings.find((w) => w.code === 'eltrombopag-hepatotoxicity')?.message).toContain('≥ 3× the upper limit of normal');
  });
});

describe('eltrombopag: worked examples W21–W37 (drugs.md §13, src/engine/titration/vectors/eltrombopag.ts)', () => {
  it.each(exampleRows(eltrombopagVectors))('%s: %s', (_id, _shows, vector) => {
    expectExample(vector);
  });

  it('W26: the rule and its reason', () => {
    const step = last(exampleInput('W26'));
    expect(step.rule).toBe('increase-low-count');
    expect(step.reason).toBe('Count 35 < 50: increase by 25 mg to 75 mg once daily.');
  });

  it('W27: the reason says why the dose is kept and when it is judged again', () => {
    expect(last(exampleInput('W27')).reason).toBe(
      'Count 35 < 50, but only 7 days at this dose (a change is judged after ≥ 14 days): keep 50 mg once daily; judge again from day 14.',
    );
  });

  it.each([
    ['13 days keeps', 13, 'maintain'],
    ['14 days increases', 14, 'increase'],
  ])('the 2-week rule for increases (§2.2 row 6): %s', (_case, day, action) => {
    expect(last({ ...adult, counts: onDays([0, 20], [day, 35]) }).action).toBe(action);
  });

  it('W29: the capped dose and the prompt to stop, in words', () => {
    const { steps, warnings } = run(exampleInput('W29b'));
    expect(steps[2].reason).toBe('Count 30 < 50: already at the maximum dose: keep 75 mg once daily.');
    expect(steps[4].rule).toBe('stop-no-response-at-maximum');
    expect(steps[4].reason).toContain('This is a prompt to stop, for the prescriber to confirm');
    expect(codes(warnings)).toContain('discontinue-prompt');
  });

  it('W30: the reason says when a further decrease may be judged', () => {
    expect(run(exampleInput('W30')).steps[2].reason).toBe(
      'Count 250 ≥ 200 and ≤ 400, but only 7 days since the decrease on day 7 (its effect is judged after ≥ 14 days): keep 25 mg once daily; judge again from day 21.',
    );
  });

  it('W33: the stop asks for twice-weekly counts; the restart is in words', () => {
    const { steps } = run(exampleInput('W33'));
    expect(steps[1]).toMatchObject({ rule: 'stop-high-count', countSchedule: 'twice weekly while stopped' });
    expect(steps[4].schedule).toBe('25 mg once daily');
  });

  it('a count above 400 stops the drug even within 14 days of a change', () => {
    expect(last({ ...adult, counts: onDays([0, 20], [14, 30], [17, 401]) }).action).toBe('hold');
  });

  it('§2.2 "at any time": 200–400 one week after an increase lowers the dose at once (issue #18)', () => {
    const { steps } = run({ ...adult, counts: onDays([0, 20], [14, 30], [21, 250]) });
    expect(steps[1]).toMatchObject({ action: 'increase', dose: { amount: 75 } });
    expect(steps[2]).toMatchObject({ action: 'decrease', dose: { amount: 50 }, rule: 'decrease-high-count' });
  });

  it('§2.2 "at any time": 200–400 a week after the start or a restart lowers the dose at once', () => {
    expect(last({ ...adult, counts: onDays([0, 20], [7, 250]) })).toMatchObject({ action: 'decrease', dose: { amount: 25 } });
    const { steps } = run({ ...adult, counts: onDays([0, 20], [14, 30], [21, 450], [24, 140], [31, 300]) });
    expect(steps[3]).toMatchObject({ action: 'resume', dose: { amount: 50 } });
    expect(steps[4]).toMatchObject({ action: 'decrease', dose: { amount: 25 } });
  });

  it('W34: the 12.5 mg step, taken as our reading of the UNVERIFIED step, says so', () => {
    const { steps, warnings } = run(exampleInput('W34'));
    expect(steps[1].rule).toBe('decrease-high-count');
    expect(steps[1].reason).toBe(
      'Count 250 ≥ 200 and ≤ 400: decrease by 12.5 mg to 12.5 mg once daily (UNVERIFIED step, taken as our reading: check the current label).',
    );
    expect(warnings.find((w) => w.code === 'eltrombopag-low-dose-step')?.message).toMatch(/^UNVERIFIED/);
  });

  it('register item 4: stopped from 25 mg, a count below 150 restarts at 12.5 mg (UNVERIFIED step, said so)', () => {
    const { steps } = run({ ...eastAsian, counts: onDays([0, 20], [7, 401], [10, 200], [14, 149]) });
    expect(steps[1].reason).toBe(
      'Count 401 > 400: hold (no dose). Restart 12.5 mg lower, at 12.5 mg once daily (UNVERIFIED step, taken as our reading: check the current label) once the count is < 150.',
    );
    expect(steps[2]).toMatchObject({ action: 'hold', rule: 'stay-off' });
    expect(steps[3]).toMatchObject({ action: 'resume', dose: { amount: 12.5 }, rule: 'restart-lower' });
    expect(steps[3].reason).toContain('UNVERIFIED step');
  });

  it('register item 4: on 12.5 mg, a count below 50 after 2 weeks goes to 25 mg (issue #18)', () => {
    const { steps, warnings } = run({ ...both, counts: onDays([0, 20], [13, 30], [14, 30]) });
    expect(steps[1]).toMatchObject({ action: 'maintain', dose: { amount: 12.5 } });
    expect(steps[2]).toMatchObject({ action: 'increase', dose: { amount: 25 }, rule: 'increase-low-count' });
    expect(steps[2].reason).toContain('UNVERIFIED step');
    expect(codes(warnings)).toContain('eltrombopag-low-dose-step');
  });

  it('no dose below 12.5 mg: 200–400 there stops the drug for now, and it restarts at 12.5 mg below 150', () => {
    const { steps, warnings } = run({ ...both, counts: onDays([0, 20], [7, 300], [10, 160], [14, 140]) });
    expect(steps[1]).toMatchObject({ action: 'hold', dose: null, rule: 'decrease-high-count' });
    expect(steps[1].reason).toBe(
      'Count 300 ≥ 200 and ≤ 400: there is no dose below 12.5 mg once daily: hold (no dose). Restart at 12.5 mg once daily once the count is < 150 (our reading).',
    );
    expect(steps[2]).toMatchObject({ action: 'hold', rule: 'stay-off' });
    expect(steps[3]).toMatchObject({ action: 'resume', dose: { amount: 12.5 }, rule: 'restart-lowest-dose' });
    expect(steps[3].reason).toContain('Our reading: the label restarts 25 mg lower, and there is no dose below 12.5 mg');
    expect(codes(warnings)).toContain('eltrombopag-floor');
  });

  it('W35: at the lowest dose, the permanent stop and the stop with a restart rule are different rules', () => {
    expect(last(exampleInput('W35a')).rule).toBe('stop-high-at-lowest-dose');
    expect(run(exampleInput('W35b')).steps[1].rule).toBe('stop-high-count');
  });
});

describe('eltrombopag (PROMACTA, US): thresholds at value − ε, value, value + ε (§2.2)', () => {
  it.each([
    ['49.9 after 2 weeks increases', 49.9, 'increase'],
    ['50 keeps', 50, 'maintain'],
    ['50.1 keeps', 50.1, 'maintain'],
    ['199.9 keeps', 199.9, 'maintain'],
    ['200 decreases (≥)', 200, 'decrease'],
    ['200.1 decreases', 200.1, 'decrease'],
    ['399.9 decreases', 399.9, 'decrease'],
    ['400 decreases (≤)', 400, 'decrease'],
    ['400.1 stops', 400.1, 'hold'],
  ])('%s', (_case, count, action) => {
    expect(last({ ...adult, counts: onDays([0, 20], [14, count]) }).action).toBe(action);
  });

  it.each([
    ['149.9 restarts', 149.9, 'resume'],
    ['150 stays off', 150, 'hold'],
    ['150.1 stays off', 150.1, 'hold'],
  ])('while stopped: %s', (_case, count, action) => {
    expect(last({ ...adult, counts: onDays([0, 20], [7, 450], [10, count]) }).action).toBe(action);
  });

  it.each([
    ['27 days at 75 mg keeps', 41, 'maintain'],
    ['28 days at 75 mg prompts the stop', 42, 'discontinue'],
  ])('4 weeks at the maximum: %s', (_case, day, action) => {
    expect(last({ ...adult, counts: onDays([0, 20], [14, 30], [day, 30]) }).action).toBe(action);
  });
});

describe('eltrombopag: the label table as a reader checks it (titrationTable)', () => {
  it('PROMACTA §2.1 (drugs.md §2.2): the waits, the permanent stop at the lowest dose, our readings at 12.5 mg', () => {
    const label = labelTable('eltrombopag');
    expect(labelLines('eltrombopag')).toEqual([
      'held | count < 150, dose lowest | Restart at the dose stopped (our reading)',
      'held | count < 150 | Restart 25 mg below the dose stopped',
      'held | otherwise | Stay off; count twice weekly while stopped',
      'dosing | count > 400, dose lowest, daysAtDose ≥ 14 | Discontinue',
      'dosing | count > 400 | Stop for now (no dose); count twice weekly while stopped',
      'dosing | count ≥ 200 and ≤ 400 | Decrease by 25 mg (not within 14 days of the last decrease)',
      expect.stringMatching(/^dosing \| count < 50, dose highest, daysAtDose ≥ 28, countHeldFor ≥ 28 \| Discontinue\. This is a prompt/),
      'dosing | count < 50, dose highest, afterCountOutside true | Keep the same dose (our reading)',
      'dosing | count < 50 | Increase by 25 mg, never above 75 mg once daily (only after ≥ 14 days at the current dose)',
      'dosing | otherwise | Keep the same dose',
    ]);
    expect(label.rows.filter((row) => row.prompt).map((row) => row.id)).toEqual(['stop-no-response-at-maximum']);
    expect([label.levels, label.step]).toEqual([['12.5 mg once daily', '25 mg once daily', '50 mg once daily', '75 mg once daily'], '25 mg']);
    expect(label.refer.unverified?.code).toBe('eltrombopag-low-dose-step');
  });

  it('§2.1 starts: first matching row first, "consider" 12.5 mg with both', () => {
    const { start, levels } = labelTable('eltrombopag');
    expect([...start.rows, start.otherwise].map((row) => `${levels[row.level]}${row.consider ? ' (consider)' : ''}`)).toEqual([
      '12.5 mg once daily (consider)', '25 mg once daily', '25 mg once daily', '25 mg once daily', '50 mg once daily',
    ]);
    expect(start.otherwise.describe).toMatch(/^adult or child aged 6 years or over/);
  });

  it('§2.5, §2.6: twice-weekly counts while stopped; liver tests and eye examinations', () => {
    const label = labelTable('eltrombopag');
    expect(label.counts.held.words).toBe('twice weekly while stopped');
    expect(label.tests.map((test) => test.test)).toEqual(['ALT, AST and bilirubin', 'Eye examination for cataracts']);
  });
});
