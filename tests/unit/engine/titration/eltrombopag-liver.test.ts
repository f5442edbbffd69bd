import { describe, expect, it } from 'vitest';
import { eltrombopagLiverAction } from '../../../../src/engine/titration/eltrombopag';

function liver(input: unknown) {
  const result = eltrombopagLiverAction(input);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

describe('eltrombopag liver tests (PROMACTA boxed warning, §5; drugs.md §2.5)', () => {
  it('W36: ALT 4× ULN, normal baseline, asymptomatic, first finding → repeat within 3 to 5 days', () => {
    expect(liver({ altTimesReference: 4 })).toMatchObject({
      action: 'repeat-within-3-to-5-days', reason: 'ALT 4× the upper limit of normal: repeat the liver tests within 3 to 5 days.',
    });
  });

  it('W36: confirmed → weekly liver tests until it resolves, stabilises or returns to baseline', () => {
    expect(liver({ altTimesReference: 4, confirmed: true }).action).toBe('test-weekly');
  });

  it('W36: the same ALT with a raised direct bilirubin → stop', () => {
    const decision = liver({ altTimesReference: 4, directBilirubinRaised: true });
    expect(decision).toMatchObject({ action: 'stop', rule: 'must-stop' });
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
