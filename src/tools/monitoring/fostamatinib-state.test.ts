// The fostamatinib helper: from the dose in use (the latest step's, or the reader's pick on the label's
// ladder), the engine's reduction and its blood-pressure decision (drugs.md W53–W56). The engine is the
// oracle: the helper passes the right dose and reading and shows what the engine decides.
import { describe, expect, it } from 'vitest';
import { fostamatinibBloodPressure, fostamatinibReduce, fostamatinibReductionLadder } from '../../engine';
import { emptyFostamatinibHelper, fostamatinibHelper, type FostamatinibHelperFields } from './fostamatinib-state';
import { fostamatinibHelperRules } from './fostamatinib-rules';

const helper = (over: Partial<FostamatinibHelperFields>, latest?: number) =>
  fostamatinibHelper({ ...emptyFostamatinibHelper, ...over }, latest, fostamatinibHelperRules);
const reduce = (dailyMg: number) => {
  const result = fostamatinibReduce(dailyMg);
  return result.ok ? result.value : undefined;
};
const [lowest, ...higher] = fostamatinibReductionLadder.map((step) => step.dailyMg).sort((a, b) => a - b);
const highest = higher.at(-1) ?? Number.NaN;

describe('dose reduction', () => {
  it('starts from the latest step’s daily dose (W53)', () => {
    const out = helper({}, highest);
    expect(out.dailyMg).toBe(highest);
    expect(out.reduction).toEqual(reduce(highest));
    expect(out.reduction?.action).toBe('reduce');
  });

  it('uses the dose the reader picks over the latest step’s, down to discontinuation at the lowest', () => {
    const picked = higher[0] ?? Number.NaN;
    expect(helper({ dailyMg: String(picked) }, highest).reduction).toEqual(reduce(picked));
    expect(helper({ dailyMg: String(lowest) }).reduction).toMatchObject({ action: 'discontinue', to: null });
  });

  it('has nothing to say without a dose', () => {
    expect(helper({})).toEqual({ dailyMg: undefined, reduction: undefined, errors: {}, pressure: undefined });
  });
});

describe('blood pressure', () => {
  it.each([
    ['W54: raised for 9 weeks', { systolic: '148', diastolic: '94', weeks: '9' }],
    ['W55: higher for 5 weeks', { systolic: '165', diastolic: '102', weeks: '5' }],
    ['W56: a hypertensive crisis', { systolic: '186', diastolic: '118' }],
  ])('%s: the engine’s decision for that reading at the dose in use', (_name, reading) => {
    const out = helper(reading, highest);
    const engine = fostamatinibBloodPressure({
      systolic: Number(reading.systolic), diastolic: Number(reading.diastolic), weeks: 'weeks' in reading ? Number(reading.weeks) : undefined, currentDailyMg: highest,
    });
    expect(out.pressure).toEqual(engine.ok ? engine.value : 'no decision');
  });

  it('puts each engine error beside its field', () => {
    const out = helper({ systolic: '500', diastolic: 'x' });
    expect(Object.keys(out.errors).sort()).toEqual(['fostamatinib.dailyMg', 'fostamatinib.diastolic', 'fostamatinib.systolic']);
    expect(out.pressure).toBeUndefined();
  });
});
