import { describe, expect, it } from 'vitest';
import { recommend } from '../../../../src/engine/algorithm';
import { chronicDependentAdult } from './helpers';

function errorsFor(input: unknown): { field: string; message: string }[] {
  const result = recommend(input);
  if (result.ok) throw new Error('expected field errors');
  return result.errors;
}

describe('recommend() input: one error per bad field, never a throw', () => {
  it.each([
    ['null', null],
    ['a string', 'adult'],
    ['a list', [chronicDependentAdult]],
    ['undefined', undefined],
  ])('rejects %s as the case', (_name, input) => {
    expect(errorsFor(input)).toEqual([{ field: 'input', message: 'The case is missing or not in the expected form.' }]);
  });

  it.each([
    ['ageYears', { ageYears: undefined }, 'Enter the age.'],
    ['ageYears', { ageYears: '45' }, 'Enter the age as a number, like 45 or 2.5.'],
    ['ageYears', { ageYears: Number.NaN }, 'Enter the age as a number, like 45 or 2.5.'],
    ['ageYears', { ageYears: 121 }, 'The age must be between 0 years and 120 years.'],
    ['count', { count: -1 }, 'The platelet count must be between 0 ×10⁹/L and 2,000 ×10⁹/L.'],
    ['count', { count: Number.POSITIVE_INFINITY }, 'Enter the platelet count as a number, like 45 or 12.5.'],
    ['bleeding', { bleeding: 'severe' }, 'The bleeding must be one of: none, minor, mucosal, life-threatening.'],
    ['bleeding', { bleeding: null }, 'Enter the bleeding.'],
    ['monthsSinceDiagnosis', { monthsSinceDiagnosis: -0.1 }, 'The time since diagnosis must be between 0 months and 1,200 months.'],
    ['prior', { prior: undefined }, 'The list of earlier treatments (empty if none) must be a list.'],
    ['prior', { prior: { therapy: 'ivig' } }, 'The list of earlier treatments (empty if none) must be a list.'],
    ['pregnant', { pregnant: 'yes' }, 'The pregnancy answer must be yes or no.'],
    ['anticoagulants', { anticoagulants: 1 }, 'The anticoagulant answer must be yes or no.'],
    ['procedurePlanned', { procedurePlanned: 0 }, 'The planned procedure answer must be yes or no.'],
    ['qualityOfLifeImpaired', { qualityOfLifeImpaired: 'no' }, 'The quality of life answer must be yes or no.'],
    ['gestationWeeks', { pregnant: true, gestationWeeks: 45 }, 'The gestation must be between 0 weeks and 44 weeks.'],
    ['gestationWeeks', { pregnant: true, gestationWeeks: '30' }, 'Enter the gestation as a number, like 30 or 30.5.'],
    ['deliveryPlanned', { pregnant: true, deliveryPlanned: 'soon' }, 'The planned delivery answer must be yes or no.'],
    // Pregnancy details contradict a case not marked pregnant: a typing error, not a fact to drop silently.
    ['gestationWeeks', { pregnant: false, gestationWeeks: 30 }, 'The gestation applies only when the patient is pregnant: answer the pregnancy question yes, or leave it out.'],
    ['gestationWeeks', { gestationWeeks: 30 }, 'The gestation applies only when the patient is pregnant: answer the pregnancy question yes, or leave it out.'],
    ['deliveryPlanned', { deliveryPlanned: true }, 'The planned delivery answer applies only when the patient is pregnant: answer the pregnancy question yes, or leave it out.'],
  ])('names %s when it is bad: %j', (field, change, message) => {
    expect(errorsFor({ ...chronicDependentAdult, ...change })).toEqual([{ field, message }]);
  });

  it.each([null, ''])('reads %j in an optional answer as not given, as if left out', (blank) => {
    const pregnant = { ...chronicDependentAdult, pregnant: true };
    for (const change of [{ pregnant: blank }, { anticoagulants: blank }, { procedurePlanned: blank }, { qualityOfLifeImpaired: blank }]) {
      expect(recommend({ ...chronicDependentAdult, ...change } as never)).toEqual(recommend(chronicDependentAdult));
    }
    expect(recommend({ ...pregnant, gestationWeeks: blank, deliveryPlanned: blank } as never)).toEqual(recommend(pregnant));
    expect(recommend({ ...chronicDependentAdult, gestationWeeks: blank } as never)).toEqual(recommend(chronicDependentAdult));
  });

  it('names each bad entry of the prior list by its index and key', () => {
    const errors = errorsFor({
      ...chronicDependentAdult,
      prior: [
        { therapy: 'ivig', outcome: 'no-response' },
        { therapy: 'plasma exchange', outcome: 'response' },
        'rituximab',
        { therapy: 'tpo-ra', outcome: 'partial' },
        { therapy: 'romiplostim', outcome: 'maybe' },
      ],
    });
    expect(errors.map((error) => error.field)).toEqual([
      'prior[1].therapy', 'prior[2]', 'prior[3].outcome', 'prior[4].therapy', 'prior[4].outcome',
    ]);
    expect(errors[1]?.message).toBe('The earlier treatment number 3 is missing or not in the expected form.');
    expect(errors[0]?.message).toContain('corticosteroids, ivig, anti-d, rituximab, tpo-ra, splenectomy, fostamatinib, rilzabrutinib');
  });

  it('reports every bad field at once', () => {
    const errors = errorsFor({ ageYears: -5, count: 'low', bleeding: 'some', monthsSinceDiagnosis: 'x', prior: null, pregnant: 2 });
    expect(errors.map((error) => error.field)).toEqual(['ageYears', 'count', 'bleeding', 'monthsSinceDiagnosis', 'prior', 'pregnant']);
  });

  // Hazard: implausible input accepted. Each value is in range, but the disease cannot be older than the patient.
  it.each([
    [2, 24, true],
    [2, 24.01, false],
    [0.5, 6.5, false],
  ])('age %s years with %s months since diagnosis: accepted %s', (ageYears, monthsSinceDiagnosis, accepted) => {
    const result = recommend({ ...chronicDependentAdult, ageYears, monthsSinceDiagnosis });
    expect(result.ok).toBe(accepted);
    if (!result.ok) {
      expect(result.errors).toEqual([{ field: 'monthsSinceDiagnosis', message: 'The time since diagnosis cannot be longer than the patient’s age.' }]);
    }
  });

  it('accepts gestation and a planned delivery with pregnancy, at the edges of the range', () => {
    for (const gestationWeeks of [0, 27.9, 28, 44]) {
      expect(recommend({ ...chronicDependentAdult, pregnant: true, gestationWeeks, deliveryPlanned: false }).ok).toBe(true);
    }
  });

  it('accepts an empty prior list and leaves optional answers out', () => {
    expect(recommend({ ageYears: 30, count: 50, bleeding: 'none', monthsSinceDiagnosis: 0, prior: [] }).ok).toBe(true);
  });
});
