// The walker's store: the shared case plus its own questions through recommend(), and its link.
import { describe, expect, it } from 'vitest';
import { allParts, recommend } from '../../engine';
import { emptyCase, type CaseFields } from '../case/case';
import { caseValues } from '../case/case-values';
import { walkerMessages } from '../shared/messages';
import { loadedNothing } from '../shared/on-choice';
import { childPartInPregnancy } from '../../engine/algorithm/parts/child-in-pregnancy';
import { asksQualityOfLife, emptyWalker, partsWanted, scriptsWanted, walkerCodec, walkOutcome, type WalkerFields } from './state';

const walk = (c: Partial<CaseFields>, w: Partial<WalkerFields> = {}) => {
  const fields = { ...emptyCase, ...c };
  return walkOutcome(fields, caseValues(fields), { ...emptyWalker, ...w }, loadedNothing(allParts));
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

// Issue #17 item 5: the walker's inputs match the clinical questions.
describe('the questions that apply to this patient', () => {
  const options = (outcome: ReturnType<typeof walk>) => (outcome.state === 'walked' ? outcome.recommendation.options : []);
  const steroidRefractory: Partial<CaseFields> = {
    age: '45', count: '15', bleeding: 'none', months: '4', prior: [{ therapy: 'corticosteroids', outcome: 'no-response' }],
  };

  it('counts a chosen earlier treatment as soon as both halves are chosen: no dexamethasone first after steroids failed', () => {
    const withRow = options(walk(steroidRefractory));
    const engine = recommend({ ageYears: 45, count: 15, bleeding: 'none', monthsSinceDiagnosis: 4, prior: [{ therapy: 'corticosteroids', outcome: 'no-response' }] });
    if (!engine.ok) throw new Error('engine failed');
    expect(withRow).toEqual(engine.value.options);
    expect(withRow[0]?.id).not.toBe('dexamethasone-high-dose');
  });

  it('holds the advice while a row is half chosen, pointing at the treatments', () => {
    const outcome = walk({ ...steroidRefractory, prior: [{ therapy: 'corticosteroids', outcome: '' }] });
    expect(outcome).toMatchObject({ state: 'problems', problems: [{ field: 'case.prior' }] });
  });

  it('passes the gestation and the planned delivery only in pregnancy', () => {
    const pregnant: Partial<CaseFields> = {
      age: '31', count: '15', bleeding: 'none', months: '5', pregnant: 'yes', gestation: '30', deliveryPlanned: 'yes',
      prior: [{ therapy: 'corticosteroids', outcome: 'no-response' }, { therapy: 'ivig', outcome: 'no-response' }],
    };
    const engine = recommend({
      ageYears: 31, count: 15, bleeding: 'none', monthsSinceDiagnosis: 5, pregnant: true, gestationWeeks: 30, deliveryPlanned: true,
      prior: [{ therapy: 'corticosteroids', outcome: 'no-response' }, { therapy: 'ivig', outcome: 'no-response' }],
    });
    if (!engine.ok) throw new Error('engine failed');
    expect(walk(pregnant)).toEqual({ state: 'walked', recommendation: engine.value, warnings: engine.warnings });
    // Answered "no" to pregnancy, the hidden answers are not read (the engine would refuse them).
    expect(walk({ ...pregnant, pregnant: 'no' }).state).toBe('walked');
  });

  it('reads quality of life for a child only (under 18), never for an adult', () => {
    expect(asksQualityOfLife(caseValues({ ...emptyCase, age: '17.9' }))).toBe(true);
    expect(asksQualityOfLife(caseValues({ ...emptyCase, age: '18' }))).toBe(false);
    expect(asksQualityOfLife(caseValues(emptyCase))).toBe(false);
    const child: Partial<CaseFields> = { age: '8', count: '15', bleeding: 'minor', months: '1', prior: [] };
    expect(walk(child, { qualityOfLifeImpaired: 'yes' })).not.toEqual(walk(child));
    expect(walk(adult, { qualityOfLifeImpaired: 'yes' })).toEqual(walk(adult));
  });
});

describe('the case’s part of the algorithm, loaded on its age and pregnancy answer', () => {
  const fields = { ...emptyCase, ...adult };
  const values = caseValues(fields);
  it('asks for the part the case needs as soon as the age is read', () => {
    expect(partsWanted(fields, values)).toEqual(['adult']);
    expect(partsWanted({ ...fields, age: '8' }, caseValues({ ...fields, age: '8' }))).toEqual(['child']);
    expect(partsWanted({ ...fields, pregnant: 'yes' }, values)).toEqual(['pregnancy']);
    expect(partsWanted({ ...emptyCase }, caseValues(emptyCase))).toEqual([]);
  });

  it('loads, for a pregnant child, the pregnancy part and the children’s rows alone, and walks them to recommend()’s answer', () => {
    const teen = { ...fields, age: '16', pregnant: 'yes' as const, gestation: '30' };
    const teenValues = caseValues(teen);
    expect(scriptsWanted(teen, teenValues)).toEqual(['pregnancy', 'child-in-pregnancy']);
    expect(scriptsWanted({ ...fields, age: '8' }, caseValues({ ...fields, age: '8' }))).toEqual(['child']);
    const loaded = { have: { pregnancy: allParts.pregnancy, 'child-in-pregnancy': childPartInPregnancy }, loading: [], failed: [] };
    expect(walkOutcome(teen, teenValues, emptyWalker, loaded)).toEqual(walkOutcome(teen, teenValues, emptyWalker, loadedNothing(allParts)));
    expect(walkOutcome(teen, teenValues, emptyWalker, loaded)).toMatchObject({ state: 'walked' });
    // A child who is not pregnant needs the children's nodes: the rows alone are not enough.
    const child = { ...fields, age: '8' };
    expect(walkOutcome(child, caseValues(child), emptyWalker, loaded)).toMatchObject({ state: 'problems' });
  });

  it('waits while the part loads, and says so if it cannot be loaded', () => {
    expect(walkOutcome(fields, values, emptyWalker, { have: {}, loading: ['adult'], failed: [] })).toEqual({ state: 'loading' });
    expect(walkOutcome(fields, values, emptyWalker, { have: {}, loading: [], failed: ['adult'] })).toEqual({
      state: 'problems', problems: [{ field: 'case.age', message: walkerMessages.partNotLoaded }],
    });
  });

  it('needs no other part: the adults’ alone give recommend()’s answer', () => {
    expect(walkOutcome(fields, values, emptyWalker, loadedNothing({ adult: allParts.adult }))).toEqual(walk(adult));
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
