// The walker's store: the shared case plus its own questions through recommend(), and its link.
import { describe, expect, it } from 'vitest';
import { recommend } from '../../engine';
import { emptyCase, type CaseFields } from '../case/case';
import { caseValues } from '../case/case-values';
import { emptyWalker, walkerCodec, walkOutcome, type WalkerFields } from './state';

const walk = (c: Partial<CaseFields>, w: Partial<WalkerFields> = {}) => {
  const fields = { ...emptyCase, ...c };
  return walkOutcome(fields, caseValues(fields), { ...emptyWalker, ...w });
};

const adult: Partial<CaseFields> = {
  age: '45', count: '25', bleeding: 'none', months: '14', prior: [{ therapy: 'corticosteroids', outcome: 'dependent' }, { therapy: 'ivig', outcome: 'no-response' }],
};

describe('walkOutcome', () => {
  it('is idle until the case is started', () => {
    expect(walk({ weight: '70' })).toEqual({ state: 'idle' });
  });

  it('gives recommend()’s result for the same case', () => {
    const engine = recommend({ ageYears: 45, count: 25, bleeding: 'none', monthsSinceDiagnosis: 14, prior: adult.prior });
    if (!engine.ok) throw new Error('engine failed');
    expect(walk(adult)).toEqual({ state: 'walked', recommendation: engine.value, warnings: engine.warnings });
  });

  it('passes the optional answers only when given (an anticoagulant raises the urgency below 30)', () => {
    expect(walk(adult)).toMatchObject({ recommendation: { urgency: 'routine' } });
    expect(walk(adult, { anticoagulants: 'yes' })).toMatchObject({ recommendation: { urgency: 'urgent' } });
    expect(walk(adult, { anticoagulants: 'no', procedurePlanned: 'no', qualityOfLifeImpaired: 'no' })).toMatchObject({ recommendation: { urgency: 'routine' } });
  });

  it('points what is missing at the case control that supplies it', () => {
    const outcome = walk({ age: '45' });
    if (outcome.state !== 'problems') throw new Error('expected problems');
    expect(outcome.problems.map((p) => p.field)).toEqual(['case.count', 'case.bleeding', 'case.months']);
  });

  it('reports a case field it cannot read', () => {
    expect(walk({ ...adult, count: '20000' })).toMatchObject({ state: 'problems', problems: [{ field: 'case.count' }] });
  });
});

describe('walker link', () => {
  it('round-trips the three answers and rejects anything but 1 or 0', () => {
    const params = new URLSearchParams();
    walkerCodec.encode({ anticoagulants: 'yes', procedurePlanned: 'no', qualityOfLifeImpaired: '', view: '' }, params);
    expect(params.toString()).toBe('anticoag=1&procedure=0');
    expect(walkerCodec.decode(params, emptyWalker).value).toEqual({ anticoagulants: 'yes', procedurePlanned: 'no', qualityOfLifeImpaired: '', view: '' });
    expect(walkerCodec.decode(new URLSearchParams('qol=yes'), emptyWalker).rejected).toEqual(['“qol=yes” must be 1 or 0; the default was kept.']);
  });

  it('reads view=compact and refuses any other view', () => {
    expect(walkerCodec.decode(new URLSearchParams('view=compact'), emptyWalker).value.view).toBe('compact');
    expect(walkerCodec.decode(new URLSearchParams('view=tiny'), emptyWalker)).toMatchObject({ value: { view: '' }, rejected: [expect.stringContaining('view=tiny')] });
  });
});
