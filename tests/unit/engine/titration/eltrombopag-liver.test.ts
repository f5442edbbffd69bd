import { describe, expect, it } from 'vitest';
import { eltrombopagLiverAction } from '../../../../src/engine/titration/eltrombopag';
import { example } from './helpers';

function liver(input: unknown) {
  const result = eltrombopagLiverAction(input);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

/** The input of a liver-test worked example (W36a–c; src/engine/titration/vectors/eltrombopag.ts). */
function inputOf(id: string) {
  const { check } = example(id);
  if (check.kind !== 'eltrombopag-liver') throw new Error(`${id} is not a liver test`);
  return check.input;
}

describe('eltrombopag liver tests (PROMACTA boxed warning, §5; drugs.md §2.5)', () => {
  it('W36: the reasons say what to do and why', () => {
    expect(liver(inputOf('W36a')).reason).toBe('ALT 4× the upper limit of normal: repeat the liver tests within 3 to 5 days.');
    const decision = liver(inputOf('W36c'));
    expect(decision.rule).toBe('must-stop');
    expect(decision.reason).toBe('ALT 4× the upper limit of normal (≥ 3×), with a raised direct bilirubin: stop eltrombopag.');
  });

  it.each([
    ['rising', { rising: true }],
    ['persisting 4 weeks', { weeksPersisting: 4 }],
    ['symptoms or decompensation', { liverInjurySigns: true }],
  ])('W36: ≥ 3× with %s → stop', (_case, extra) => {
    expect(liver({ altTimesReference: 3, confirmed: true, ...extra }).action).toBe('stop');
  });

  it.each([
    ['2.9× with a raised direct bilirubin is not the stop rule', 2.9, 'repeat-within-3-to-5-days'],
    ['3× is', 3, 'stop'],
    ['1× is not abnormal', 1, 'routine'],
  ])('thresholds: %s', (_case, altTimesReference, action) => {
    expect(liver({ altTimesReference, directBilirubinRaised: true }).action).toBe(action);
  });

  it('persisting 3.9 weeks alone does not stop', () => {
    expect(liver({ altTimesReference: 4, confirmed: true, weeksPersisting: 3.9 }).action).toBe('test-weekly');
  });

  it('a raised baseline is the reference when given', () => {
    expect(liver({ altTimesReference: 3.5, reference: 'baseline', rising: true }).reason).toBe(
      'ALT 3.5× the raised baseline (≥ 3×), rising progressively: stop eltrombopag.',
    );
    expect(liver({ altTimesReference: 0.8 }).reason).toContain('keep the routine schedule');
  });

  it('names every bad field', () => {
    expect(eltrombopagLiverAction({ reference: 'normal', rising: 'yes' })).toMatchObject({
      ok: false, errors: [{ field: 'altTimesReference' }, { field: 'reference' }, { field: 'rising' }],
    });
    expect(eltrombopagLiverAction('x')).toMatchObject({ ok: false, errors: [{ field: 'altTimesReference' }] });
    expect(eltrombopagLiverAction({ altTimesReference: 2, weeksPersisting: -1 })).toMatchObject({ ok: false, errors: [{ field: 'weeksPersisting' }] });
  });
});
