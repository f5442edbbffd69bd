// The dose calculator's store: the case and the chosen regimen through planRegimen, and its shareable link.
import { describe, expect, it } from 'vitest';
import { allRegimens, formatItemDose, planRegimen } from '../../engine';
import { emptyCase, type CaseFields } from '../case/case';
import { caseValues } from '../case/case-values';
import { withWeightCheck } from '../case/weight-check';
import { doseMessages } from '../shared/messages';
import { loadedNothing } from '../shared/on-choice';
import { doseCodec, doseOutcome, emptyDose, type DoseFields } from './state';

/** A page that has every regimen's rules (each is a script loaded on choice in the browser). */
const carried = loadedNothing(allRegimens);

const typedCase = (fields: Partial<CaseFields>): CaseFields => ({ ...emptyCase, ...fields });
const dose = (fields: Partial<DoseFields>): DoseFields => ({ ...emptyDose, ...fields });
const firstDose = (outcome: ReturnType<typeof doseOutcome>): string => {
  const item = outcome.state === 'plan' ? outcome.plan.items[0] : undefined;
  if (item === undefined) throw new Error(`expected a plan, got ${outcome.state}`);
  return formatItemDose(item);
};
const outcomeFor = (c: Partial<CaseFields>, d: Partial<DoseFields>) => {
  const fields = typedCase(c);
  return doseOutcome(fields, withWeightCheck(fields, caseValues(fields)), dose(d), carried);
};

describe('doseOutcome', () => {
  it('waits for a regimen', () => {
    expect(outcomeFor({ weight: '70' }, {})).toEqual({ state: 'idle' });
  });

  it('gives the engine’s plan and warnings (rituximab, 70 kg, 170 cm)', () => {
    const outcome = outcomeFor({ weight: '70', height: '170' }, { regimen: 'rituximab-standard' });
    const engine = planRegimen('rituximab-standard', { weightKg: 70, heightCm: 170, bsaFormula: 'mosteller', prednisoneRule: 'ash-2019' });
    if (outcome.state !== 'plan' || !engine.ok) throw new Error('expected a plan');
    expect(outcome.plan).toEqual(engine.value);
    expect(outcome.warnings).toEqual(engine.warnings);
  });

  it('gives the same dose for a weight typed in pounds', () => {
    const kg = outcomeFor({ weight: '70', height: '170' }, { regimen: 'rituximab-standard' });
    const lb = outcomeFor({ weight: '154.3235835', weightUnit: 'lb', height: '170' }, { regimen: 'rituximab-standard' });
    if (kg.state !== 'plan' || lb.state !== 'plan') throw new Error('expected plans');
    expect(lb.plan.items.map(formatItemDose)).toEqual(kg.plan.items.map(formatItemDose));
  });

  it('uses the chosen BSA formula, as the engine does with it', () => {
    const engine = planRegimen('rituximab-standard', { weightKg: 70, heightCm: 170, bsaFormula: 'dubois' });
    const item = engine.ok ? engine.value.items[0] : undefined;
    if (item === undefined) throw new Error('expected a plan');
    const dubois = firstDose(outcomeFor({ weight: '70', height: '170' }, { regimen: 'rituximab-standard', bsaFormula: 'dubois' }));
    expect(dubois).toBe(formatItemDose(item));
    expect(dubois).not.toBe(firstDose(outcomeFor({ weight: '70', height: '170' }, { regimen: 'rituximab-standard' })));
  });

  it('points each missing input at the control that supplies it', () => {
    expect(outcomeFor({}, { regimen: 'rituximab-standard' })).toMatchObject({
      state: 'problems',
      problems: [{ field: 'case.weight' }, { field: 'case.height' }],
    });
    const antiD = outcomeFor({ weight: '70', age: '40' }, { regimen: 'anti-d' });
    if (antiD.state !== 'problems') throw new Error('expected problems');
    expect(antiD.problems.map((p) => p.field)).toEqual(['case.rhD', 'case.splenectomised', 'case.haemoglobin']);
  });

  it('reports a case field it cannot read instead of calling it missing', () => {
    expect(outcomeFor({ weight: '7000', height: '170' }, { regimen: 'rituximab-standard' })).toMatchObject({
      state: 'problems', problems: [{ field: 'case.weight', message: expect.stringMatching(/weight/) }],
    });
  });

  it('passes the yes/no answers only when they were given', () => {
    const outcome = outcomeFor(
      { weight: '20', age: '6', rhD: 'positive', splenectomised: 'no', haemoglobin: '12' },
      { regimen: 'anti-d', datNegative: 'yes' },
    );
    expect(outcome.state).toBe('plan');
    const unknownDat = outcomeFor({ weight: '20', age: '6', rhD: 'positive', splenectomised: 'no', haemoglobin: '12' }, { regimen: 'anti-d' });
    expect(unknownDat).toMatchObject({ state: 'problems', problems: [{ field: 'dose.datNegative' }] });
  });

  it('holds the rituximab dose for 2 kg at 45 years and 170 cm until the weight is confirmed (issue #18)', () => {
    const patient = { age: '45', weight: '2', height: '170' };
    expect(outcomeFor(patient, { regimen: 'rituximab-standard' })).toMatchObject({
      state: 'problems', problems: [{ field: 'case.weight', message: expect.stringMatching(/^2 kg is not a plausible weight/) }],
    });
    const confirmed = outcomeFor({ ...patient, weightConfirmed: 'yes' }, { regimen: 'rituximab-standard' });
    const engine = planRegimen('rituximab-standard', { weightKg: 2, heightCm: 170, ageYears: 45, weightConfirmed: true });
    if (confirmed.state !== 'plan' || !engine.ok) throw new Error('expected a plan once confirmed');
    expect(confirmed.plan.items.map(formatItemDose)).toEqual(engine.value.items.map(formatItemDose));
    expect(confirmed.warnings.map((note) => note.code)).toContain('weight-confirmed');
  });

  it('passes hepatic impairment, never read as "no": danazol becomes contraindicated, dose on request', () => {
    const unknown = outcomeFor({ weight: '70', age: '40', pregnant: 'no' }, { regimen: 'danazol-azathioprine' });
    const impaired = outcomeFor({ weight: '70', age: '40', pregnant: 'no', hepatic: 'yes' }, { regimen: 'danazol-azathioprine' });
    if (unknown.state !== 'plan' || impaired.state !== 'plan') throw new Error('expected plans');
    expect(unknown.warnings.find((note) => note.code === 'population-unknown')?.message).toMatch(/hepatic impairment/);
    expect(unknown.plan.doseOnRequest).toBe(false);
    expect(impaired.warnings[0]?.limit).toBe('contraindicated');
    expect(impaired.plan.doseOnRequest).toBe(true);
  });
});

describe('the chosen regimen’s rules, loaded on choice', () => {
  const fields = typedCase({ weight: '70', age: '40' });
  const values = caseValues(fields);
  const prednisone = dose({ regimen: 'prednisone' });
  it('waits while they load, and says so if they cannot be loaded', () => {
    expect(doseOutcome(fields, values, prednisone, { have: {}, loading: ['prednisone'], failed: [] })).toEqual({ state: 'loading', regimen: 'prednisone' });
    expect(doseOutcome(fields, values, prednisone, { have: {}, loading: [], failed: ['prednisone'] })).toEqual({
      state: 'problems', problems: [{ field: 'dose.regimen', message: doseMessages.rulesNotLoaded('prednisone') }],
    });
  });

  it('needs no other regimen’s rules: prednisone’s alone give planRegimen’s plan', () => {
    const alone = doseOutcome(fields, values, prednisone, loadedNothing({ prednisone: allRegimens.prednisone }));
    expect(alone).toEqual(doseOutcome(fields, values, prednisone, carried));
  });
});

describe('dose link', () => {
  it('round-trips the dose inputs and leaves defaults out', () => {
    const fields = dose({ regimen: 'anti-d', bsaFormula: 'dubois', datNegative: 'no', prednisoneRule: 'icr-2019-high-dose' });
    const params = new URLSearchParams();
    doseCodec.encode(fields, params);
    expect(params.toString()).toBe('regimen=anti-d&bsa=dubois&datneg=0&pred=icr-2019-high-dose');
    expect(doseCodec.decode(params, emptyDose)).toEqual({ value: fields, rejected: [] });
    const empty = new URLSearchParams();
    doseCodec.encode(emptyDose, empty);
    expect(empty.toString()).toBe('');
  });

  it('keeps the default and says so for an unknown regimen', () => {
    expect(doseCodec.decode(new URLSearchParams('regimen=aspirin&datneg=maybe'), emptyDose)).toEqual({
      value: emptyDose,
      rejected: [
        expect.stringContaining('“regimen=aspirin” is not one of'),
        '“datneg=maybe” must be 1 or 0; the default was kept.',
      ],
    });
  });
});
