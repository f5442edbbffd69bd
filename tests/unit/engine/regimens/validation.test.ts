/** Input checks at the boundary of planRegimen: one error per field, in words a clinician understands. */
import { describe, expect, it } from 'vitest';
import { planRegimen, regimenIds } from '../../../../src/engine/regimens';
import { antiD } from '../../../../src/engine/regimens/anti-d';
import { planItems } from '../../../../src/engine/regimens/plan';
import { rituximabStandard } from '../../../../src/engine/regimens/rituximab-standard';
import { adult, errorFields } from './helpers';

describe('planRegimen: validation', () => {
  it('rejects an unknown regimen, and still reports the patient’s own problems', () => {
    expect(planRegimen('romiplostim', { weightKg: 70 })).toEqual({
      ok: false,
      errors: [{ field: 'id', message: `The regimen must be one of: ${regimenIds.join(', ')}.` }],
    });
    expect(errorFields(undefined, { weightKg: -1 })).toEqual(['id', 'weightKg']);
  });

  it.each(regimenIds)('%s needs a plausible weight', (id) => {
    expect(errorFields(id, { ...adult, heightCm: 170 })).toEqual(['weightKg']);
    expect(errorFields(id, { ...adult, heightCm: 170, weightKg: 0.49 })).toEqual(['weightKg']);
    expect(errorFields(id, { ...adult, heightCm: 170, weightKg: 350.01 })).toEqual(['weightKg']);
    expect(errorFields(id, { ...adult, heightCm: 170, weightKg: Number.NaN })).toEqual(['weightKg']);
    expect(errorFields(id, { ...adult, heightCm: 170, weightKg: '70' })).toEqual(['weightKg']);
  });

  it('says why a regimen needs a field it was not given', () => {
    expect(planRegimen('rituximab-standard', { weightKg: 70 })).toEqual({
      ok: false,
      errors: [{ field: 'heightCm', message: 'Enter the height: rituximab 375 mg/m² is dosed by body-surface area.' }],
    });
    expect(planRegimen('prednisone', { weightKg: 70 })).toEqual({
      ok: false,
      errors: [{ field: 'ageYears', message: 'Enter the age: the prednisone dose differs for children and adults.' }],
    });
    expect(errorFields('dexamethasone-high-dose', { weightKg: 70 })).toEqual(['ageYears']);
    expect(errorFields('ivig', { weightKg: 70 })).toEqual(['ageYears']);
    expect(errorFields('anti-d', { weightKg: 70 })).toEqual(['rhD', 'splenectomised', 'haemoglobinGdL', 'ageYears']);
    expect(planRegimen('anti-d', { weightKg: 70, ...adult, rhD: undefined })).toEqual({
      ok: false,
      errors: [{ field: 'rhD', message: 'Enter the Rh(D) status: anti-D is only for Rh(D)-positive patients.' }],
    });
  });

  it('reports bad fields and missing needed fields together', () => {
    expect(errorFields('rituximab-standard', { weightKg: 'heavy', ageYears: 130 })).toEqual(['weightKg', 'ageYears', 'heightCm']);
  });

  it.each([
    ['heightCm', 29.99],
    ['ageYears', -1],
    ['ageYears', 120.01],
    ['bsaFormula', 'haycock'],
    ['rhD', 'pos'],
    ['splenectomised', 'no'],
    ['haemoglobinGdL', 0.5],
    ['datNegative', 1],
    ['pregnant', 'yes'],
    ['prednisoneRule', 'icr'],
  ])('rejects an implausible or unknown %s (%j) even where the regimen does not need it', (field, value) => {
    expect(errorFields('methylprednisolone-pulse', { weightKg: 70, [field]: value })).toEqual([field]);
  });

  it('says a haemoglobin that looks like g/L is probably in g/L', () => {
    expect(planRegimen('anti-d', { weightKg: 70, ...adult, haemoglobinGdL: 125 })).toEqual({
      ok: false,
      errors: [{
        field: 'haemoglobinGdL',
        message: '125 g/dL is not a plausible haemoglobin; it looks like a value in g/L, which would be 12.5 g/dL. Check the number and the unit.',
      }],
    });
  });

  it.each([null, undefined, 70, 'patient', [70]])('rejects a patient that is not an object: %j', (patient) => {
    expect(planRegimen('prednisone', patient)).toEqual({
      ok: false, errors: [{ field: 'patient', message: 'The patient is missing or not in the expected form.' }],
    });
  });

  it('gives a child anti-D only with a negative DAT (ICR): asks for it, and a positive one is a contraindication first', () => {
    const patient = { weightKg: 25, ...adult, ageYears: 8 };
    expect(planRegimen('anti-d', patient)).toEqual({
      ok: false,
      errors: [{ field: 'datNegative', message: 'Enter whether the direct antiglobulin test (DAT) is negative: the ICR gives anti-D to children only when it is.' }],
    });
    const positive = planRegimen('anti-d', { ...patient, datNegative: false });
    expect(positive.ok && positive.warnings[0]).toMatchObject({ code: 'anti-d-child-dat-positive', limit: 'contraindicated', citation: 'icr-2019' });
  });

  it('refuses anti-D without its details even when called directly (defence in depth)', () => {
    expect(antiD.plan?.({ weightKg: 70, bsaFormula: 'mosteller', ageYears: 40 }, { weightKg: 70 })).toMatchObject({
      ok: false, errors: [{ field: 'rhD' }, { field: 'splenectomised' }, { field: 'haemoglobinGdL' }],
    });
  });

  it('refuses a BSA-dosed item without a BSA even when called directly (defence in depth)', () => {
    expect(planItems(rituximabStandard.rules({ ageGroup: 'adult' }), { weightKg: 70 }, [])).toEqual({
      ok: false, errors: [{ field: 'heightCm', message: 'Enter the height: this dose is by body-surface area.' }],
    });
  });
});
