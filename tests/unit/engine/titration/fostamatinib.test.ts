import { describe, expect, it } from 'vitest';
import { fostamatinibVectors } from '../../../../src/engine/titration/vectors';
import { codes, errorFields, exampleInput, exampleRows, expectExample, labelLines, labelTable, last, onDays, run } from './helpers';

const adult = { agent: 'fostamatinib', options: { ageYears: 60 } };

describe('fostamatinib: worked examples W49–W56 (drugs.md §13, src/engine/titration/vectors/fostamatinib.ts)', () => {
  it.each(exampleRows(fostamatinibVectors))('%s: %s', (_id, _shows, vector) => {
    expectExample(vector);
  });

  it('W49: the dose is one of the two daily doses, and the schedule says both', () => {
    expect(run(exampleInput('W49')).steps[0].schedule).toBe('100 mg twice daily (200 mg a day)');
  });

  it('W50: the reason names the step', () => {
    expect(last(exampleInput('W50')).reason).toBe('Count 42 < 50: increase by 50 mg a dose to 150 mg twice daily (300 mg a day).');
  });

  it('W52: the 12-week stop is a prompt for the prescriber', () => {
    const { steps, warnings } = run(exampleInput('W52'));
    expect(steps[3].rule).toBe('stop-no-response-at-twelve-weeks');
    expect(steps[3].reason).toContain('day 84 of treatment (≥ 84): discontinue. This is a prompt to stop');
    expect(codes(warnings)).toContain('discontinue-prompt');
  });

  it.each([
    ['day 27 keeps 100 mg (4 weeks not reached)', [[0, 20], [27, 42]], 'maintain'],
    ['day 28 increases', [[0, 20], [28, 42]], 'increase'],
    ['day 83 keeps going', [[0, 20], [28, 42], [83, 25]], 'maintain'],
    ['day 84 stops', [[0, 20], [28, 42], [84, 25]], 'discontinue'],
    ['day 84 with a count of 50 keeps going', [[0, 20], [28, 42], [84, 50]], 'maintain'],
    ['day 84 with a count of 49.9 stops', [[0, 20], [28, 42], [84, 49.9]], 'discontinue'],
  ] as [string, [number, number][], string][])('4- and 12-week boundaries: %s', (_case, pairs, action) => {
    expect(last({ ...adult, counts: onDays(...pairs) }).action).toBe(action);
  });

  it.each([
    ['no count before day 84', [[0, 20], [84, 30]], ['start', 'increase']],
    ['a responder at 100 mg whose count falls on day 84', [[0, 20], [28, 70], [56, 70], [84, 40]], ['start', 'maintain', 'maintain', 'increase']],
    ['a responder at 100 mg whose count falls on day 112', [[0, 60], [28, 80], [56, 90], [112, 40]], ['start', 'maintain', 'maintain', 'increase']],
  ] as [string, [number, number][], string[]][])('§4.1: below 50 at 100 mg twice daily goes to 150 mg before any stop: %s (third engine audit)', (_case, pairs, actions) => {
    const { steps } = run({ ...adult, counts: onDays(...pairs) });
    expect(steps.map((step) => step.action)).toEqual(actions);
    expect(steps.at(-1)?.schedule).toBe('150 mg twice daily (300 mg a day)');
  });

  it('raised to 150 mg on day 84, the stop prompt waits for 4 weeks of counts below 50 at 150 mg (our reading)', () => {
    const { steps } = run({ ...adult, counts: onDays([0, 20], [84, 30], [91, 30], [112, 30]) });
    expect(steps.map((step) => step.action)).toEqual(['start', 'increase', 'maintain', 'discontinue']);
    expect(steps[3].reason).toContain('so at every count for 28 days at this dose (≥ 28), day 112 of treatment (≥ 84): discontinue');
  });

  it('after a response at 150 mg, one count below 50 keeps 150 mg and asks for a repeat count and causes; 4 weeks of them prompt the stop', () => {
    const { steps } = run({ ...adult, counts: onDays([0, 20], [28, 40], [56, 80], [84, 40], [112, 40]) });
    expect(steps.map((step) => step.rule)).toEqual(['start', 'increase-after-four-weeks', 'keep', 'loss-of-response-at-maximum', 'stop-no-response-at-twelve-weeks']);
    expect(steps[3].action).toBe('maintain');
    expect(steps[3].reason).toMatch(/^Count 40 < 50, at the maximum dose, after a count of 80 on day 56 at this dose: keep 150 mg twice daily \(300 mg a day\)\. Our reading: .*repeat the count .*look for causes/);
  });

  it('a later count below 50 after day 28 still raises the dose', () => {
    expect(last({ ...adult, counts: onDays([0, 20], [28, 60], [56, 40]) }).action).toBe('increase');
  });

  it('refers the unverified toxicity rows to the label (register item 9)', () => {
    const note = run({ ...adult, counts: onDays([0, 20]) }).warnings.find((w) => w.code === 'fostamatinib-toxicity');
    expect(note?.message).toContain('UNVERIFIED');
    expect(note?.citation).toBe('tavalisse-uspi §2.3');
  });

  it('adults only: 17 years is refused; no age given is dosed as an adult', () => {
    expect(errorFields({ agent: 'fostamatinib', options: { ageYears: 17 }, counts: onDays([0, 20]) })).toEqual(['options.ageYears']);
    expect(run({ agent: 'fostamatinib', counts: onDays([0, 20]) }).steps[0].mgPerDay).toBe(200);
  });
});

describe('fostamatinib: the label table as a reader checks it (titrationTable)', () => {
  it('TAVALISSE §2.1 (drugs.md §4.1): never held for a count, so no hold rows', () => {
    expect(labelLines('fostamatinib')).toEqual([
      expect.stringMatching(/^dosing \| count < 50, dose highest, dayOfTreatment ≥ 84, countHeldFor ≥ 28 \| Discontinue\. This is a prompt/),
      'dosing | count < 50, dose highest, afterCountOutside true | Keep the same dose (our reading)',
      'dosing | count < 50 | Increase by 50 mg a dose, never above 150 mg twice daily (300 mg a day) (only after ≥ 28 days at the current dose)',
      'dosing | otherwise | Keep the same dose',
    ]);
    expect(labelTable('fostamatinib').levels).toEqual(['100 mg twice daily (200 mg a day)', '150 mg twice daily (300 mg a day)']);
  });
});
