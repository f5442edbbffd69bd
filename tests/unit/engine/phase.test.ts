import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { itpPhase } from '../../../src/engine/phase';

describe('itpPhase (IWG 2009; guidelines.md §3.1)', () => {
  it.each([
    [0, 'newly-diagnosed'],
    [2.99, 'newly-diagnosed'],
    [3, 'persistent'],
    [3.01, 'persistent'],
    [11.99, 'persistent'],
    [12, 'persistent'],
    [12.01, 'chronic'],
    [240, 'chronic'],
  ])('%d months → %s', (monthsSinceDiagnosis, phase) => {
    expect(itpPhase({ monthsSinceDiagnosis })).toMatchObject({ ok: true, value: phase });
  });

  it('states the definition and cites IWG 2009', () => {
    expect(itpPhase({ monthsSinceDiagnosis: 12 })).toEqual({
      ok: true, value: 'persistent',
      warnings: [{ code: 'itp-phase', message: '12 months since diagnosis: persistent ITP: 3 to 12 months from diagnosis (IWG 2009).', citation: 'iwg-2009' }],
    });
  });

  it.each([
    [{ monthsSinceDiagnosis: -0.01 }, 'The time since diagnosis must be between 0 months and 1,200 months.'],
    [{ monthsSinceDiagnosis: Number.NaN }, 'Enter the time since diagnosis as a number, like 6 or 2.5.'],
    [{ monthsSinceDiagnosis: '6' }, 'Enter the time since diagnosis as a number, like 6 or 2.5.'],
    [{}, 'Enter the time since diagnosis.'],
  ])('rejects %j', (input, message) => {
    expect(itpPhase(input)).toEqual({ ok: false, errors: [{ field: 'monthsSinceDiagnosis', message }] });
  });

  it('rejects a non-object', () => {
    expect(itpPhase(null)).toMatchObject({ ok: false, errors: [{ field: 'input' }] });
  });

  it('never throws on arbitrary input and is monotone in time', () => {
    fc.assert(fc.property(fc.anything(), (input) => {
      const result = itpPhase(input);
      expect(typeof result.ok).toBe('boolean');
    }));
    const order = ['newly-diagnosed', 'persistent', 'chronic'];
    fc.assert(fc.property(fc.double({ min: 0, max: 1199, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (a, delta) => {
      const earlier = itpPhase({ monthsSinceDiagnosis: a });
      const later = itpPhase({ monthsSinceDiagnosis: a + delta });
      if (!earlier.ok || !later.ok) throw new Error('unexpected failure');
      expect(order.indexOf(later.value)).toBeGreaterThanOrEqual(order.indexOf(earlier.value));
    }));
  });
});
