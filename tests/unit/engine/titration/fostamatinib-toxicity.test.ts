import { describe, expect, it } from 'vitest';
import {
  fostamatinibBloodPressure, fostamatinibBloodPressureRules, fostamatinibReduce, fostamatinibReductionLadder,
} from '../../../../src/engine/titration/fostamatinib';
import { example } from './helpers';

/** The input of a blood-pressure worked example (W54–W56; src/engine/titration/vectors/fostamatinib.ts). */
function inputOf(id: string) {
  const { check } = example(id);
  if (check.kind !== 'fostamatinib-blood-pressure') throw new Error(`${id} is not a blood-pressure reading`);
  return check.input;
}

function reduce(dailyMg: unknown) {
  const result = fostamatinibReduce(dailyMg);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

function bp(input: unknown) {
  const result = fostamatinibBloodPressure(input);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

describe('fostamatinib dose reduction ladder (TAVALISSE PI §2.3, Table 2; drugs.md §4.2)', () => {
  it('is the label table, highest first', () => {
    expect(fostamatinibReductionLadder.map((s) => [s.dailyMg, s.morningMg, s.eveningMg])).toEqual([
      [300, 150, 150], [200, 100, 100], [150, 150, null], [100, 100, null],
    ]);
  });

  it('W53: each step down in words, and the stop cites the label', () => {
    expect([300, 200, 150].map((mg) => reduce(mg).to?.schedule)).toEqual(['100 mg twice daily', '150 mg once daily, in the morning', '100 mg once daily, in the morning']);
    expect(reduce(100).citation).toBe('tavalisse-uspi §2.3');
    expect(reduce(300).reason).toBe('Reduce from 300 mg to 200 mg a day: 100 mg twice daily.');
  });

  it.each([250, '300', null, undefined, Number.NaN])('refuses a daily dose that is not a label step: %s', (value) => {
    const result = fostamatinibReduce(value);
    expect(result).toMatchObject({ ok: false, errors: [{ field: 'currentDailyMg' }] });
  });
});

describe('fostamatinib and blood pressure (TAVALISSE PI §2.3, Table 1; drugs.md §4.3)', () => {
  it('W54: the reason gives the reading, the rule and the new dose', () => {
    const decision = bp(inputOf('W54'));
    expect(decision.rule).toBe('stage-2-persistent');
    expect(decision.reason).toBe(
      'Blood pressure 148/94 mmHg for 9 weeks: ≥ 140/90 for more than 8 weeks: reduce to the next lower daily dose. Reduce from 300 mg to 200 mg a day: 100 mg twice daily.',
    );
  });

  it('W55: the refractory stage-2 rule', () => {
    expect(bp(inputOf('W55')).rule).toBe('stage-2-refractory');
  });

  it('W56: the crisis says to resume at the same daily dose', () => {
    expect(bp(inputOf('W56')).reason).toContain('resume at the same daily dose');
  });

  it.each([
    // [case, systolic, diastolic, weeks, rule]
    ['crisis: systolic 180 is not > 180', 180, 110, 0, 'stage-2'],
    ['crisis: systolic 180.1', 180.1, 110, 0, 'hypertensive-crisis'],
    ['crisis: diastolic 120.1 alone', 150, 120.1, 0, 'hypertensive-crisis'],
    ['≥ 160/100 for 4 weeks is not more than 4 weeks', 165, 102, 4, 'stage-2'],
    ['≥ 160/100 for 4.1 weeks', 165, 102, 4.1, 'stage-2-refractory'],
    ['≥ 140/90 for 8 weeks is not more than 8', 145, 85, 8, 'stage-2'],
    ['≥ 140/90 for 8.1 weeks', 145, 85, 8.1, 'stage-2-persistent'],
    ['stage 2 by diastolic 90 alone', 120, 90, 0, 'stage-2'],
    ['stage 1: 130/70', 130, 70, 0, 'stage-1'],
    ['stage 1: 139.9/70', 139.9, 70, 0, 'stage-1'],
    ['stage 1 by diastolic 80 alone', 120, 80, 0, 'stage-1'],
    ['stage 1 target not met after 8 weeks', 135, 85, 8, 'stage-1-persistent'],
    ['stage 1 at 7.9 weeks', 135, 85, 7.9, 'stage-1'],
    ['below stage 1: 129.9/79.9', 129.9, 79.9, 0, 'below-stage-1'],
  ])('%s', (_case, systolic, diastolic, weeks, rule) => {
    expect(bp({ systolic, diastolic, weeks, currentDailyMg: 300 }).rule).toBe(rule);
  });

  it('a reduction due at 100 mg a day discontinues', () => {
    expect(bp({ systolic: 150, diastolic: 95, weeks: 9, currentDailyMg: 100 })).toMatchObject({ action: 'discontinue' });
  });

  it('below stage 1: continue', () => {
    expect(bp({ systolic: 120, diastolic: 75, currentDailyMg: 200 })).toMatchObject({
      action: 'continue', reason: 'Blood pressure 120/75 mmHg: below stage 1; continue.',
    });
  });

  it('every rule is data with explicit bounds', () => {
    expect(fostamatinibBloodPressureRules.map((r) => r.id)).toEqual([
      'hypertensive-crisis', 'stage-2-refractory', 'stage-2-persistent', 'stage-2', 'stage-1-persistent', 'stage-1',
    ]);
  });

  it('names every bad field', () => {
    expect(fostamatinibBloodPressure(null)).toMatchObject({
      ok: false, errors: [{ field: 'systolic' }, { field: 'diastolic' }, { field: 'currentDailyMg' }],
    });
    expect(fostamatinibBloodPressure({ systolic: 140, diastolic: 90, weeks: -1, currentDailyMg: 300 })).toMatchObject({
      ok: false, errors: [{ field: 'weeks' }],
    });
  });
});
