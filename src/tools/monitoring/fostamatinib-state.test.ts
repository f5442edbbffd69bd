// The fostamatinib helper: the engine's reduction ladder and blood-pressure rules from the dose in use
// (drugs.md W53–W56).
import { describe, expect, it } from 'vitest';
import { emptyFostamatinibHelper, fostamatinibHelper, type FostamatinibHelperFields } from './fostamatinib-state';

const helper = (over: Partial<FostamatinibHelperFields>, latest?: number) => fostamatinibHelper({ ...emptyFostamatinibHelper, ...over }, latest);

describe('dose reduction', () => {
  it('starts from the latest step’s daily dose (W53: 300 → 200 mg a day)', () => {
    const out = helper({}, 300);
    expect(out.dailyMg).toBe(300);
    expect(out.reduction).toMatchObject({ action: 'reduce', to: { dailyMg: 200, morningMg: 100, eveningMg: 100 } });
  });

  it('uses the dose the reader picks over the latest step’s, down to discontinuation below 100 mg', () => {
    expect(helper({ dailyMg: '150' }, 300).reduction).toMatchObject({ to: { dailyMg: 100, eveningMg: null } });
    expect(helper({ dailyMg: '100' }).reduction).toMatchObject({ action: 'discontinue', to: null });
  });

  it('has nothing to say without a dose', () => {
    expect(helper({})).toEqual({ dailyMg: undefined, reduction: undefined, errors: {}, pressure: undefined });
  });
});

describe('blood pressure', () => {
  it.each([
    ['W54: 148/94 for 9 weeks on 300 mg → reduce to 200 mg', { systolic: '148', diastolic: '94', weeks: '9' }, { action: 'reduce', nextDose: { dailyMg: 200 } }],
    ['W55: 165/102 for 5 weeks → interrupt or discontinue', { systolic: '165', diastolic: '102', weeks: '5' }, { action: 'interrupt-or-discontinue' }],
    ['W56: 186/118 → hypertensive crisis, resume at the same daily dose', { systolic: '186', diastolic: '118' }, { category: 'hypertensive-crisis', resumeDailyMg: 300 }],
  ])('%s', (_name, reading, expected) => {
    expect(helper(reading, 300).pressure).toMatchObject(expected);
  });

  it('puts each engine error beside its field', () => {
    const out = helper({ systolic: '500', diastolic: 'x' });
    expect(Object.keys(out.errors).sort()).toEqual(['fostamatinib.dailyMg', 'fostamatinib.diastolic', 'fostamatinib.systolic']);
    expect(out.pressure).toBeUndefined();
  });
});
