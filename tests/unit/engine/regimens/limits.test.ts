/**
 * Population limits (limits.ts): a limit that applies is first, most severe first; a fact the patient's details
 * leave unknown is never read as "no" — the plan names it. Each fact of the vocabulary, known and unknown.
 */
import { describe, expect, it } from 'vitest';
import { antiD } from '../../../../src/engine/regimens/anti-d';
import { danazolAzathioprine } from '../../../../src/engine/regimens/danazol-azathioprine';
import { limitNotes, limitsFirst } from '../../../../src/engine/regimens/limits';
import type { Patient } from '../../../../src/engine/regimens/types';

const base: Patient = { weightKg: 70, bsaFormula: 'mosteller' };
const codes = (patient: Partial<Patient>, limits = antiD.limits) => limitNotes({ ...base, ...patient }, limits).map((note) => note.code);

describe('limitNotes', () => {
  it('names every unknown fact a contraindication needs, once, with the rules it would break', () => {
    expect(limitNotes(base, antiD.limits)).toEqual([{
      code: 'population-unknown',
      message: 'Check the Rh(D) status, whether the spleen has been removed, the haemoglobin and the DAT result before prescribing: anti-D is only for Rh(D)-positive patients; anti-D is only for patients with a spleen; anti-D is not given below 8 g/dL; a child needs a negative DAT.',
      limit: 'caution',
    }]);
  });

  it.each([
    [{ rhD: 'negative', splenectomised: false, haemoglobinGdL: 12, ageYears: 40 }, ['anti-d-rh-negative']],
    [{ rhD: 'positive', splenectomised: true, haemoglobinGdL: 12, ageYears: 40 }, ['anti-d-splenectomised']],
    [{ rhD: 'positive', splenectomised: false, haemoglobinGdL: 7.99, ageYears: 40 }, ['anti-d-haemoglobin-floor']],
    [{ rhD: 'positive', splenectomised: false, haemoglobinGdL: 8, ageYears: 40 }, []],
    [{ rhD: 'positive', splenectomised: false, haemoglobinGdL: 12, ageYears: 8, datNegative: false }, ['anti-d-child-dat-positive']],
    [{ rhD: 'positive', splenectomised: false, haemoglobinGdL: 12, ageYears: 8, datNegative: true }, []],
    [{ rhD: 'positive', splenectomised: false, haemoglobinGdL: 12, ageYears: 18, datNegative: false }, []],
  ] as const)('anti-D for %j → %j', (patient, expected) => {
    expect(codes(patient)).toEqual(expected);
  });

  it('asks about pregnancy from age 10, and about the age when it is not given', () => {
    expect(codes({ ageYears: 9.99, hepaticImpairment: false }, danazolAzathioprine.limits)).toEqual(['danazol-azathioprine-no-paediatric-data']);
    expect(codes({ ageYears: 10, hepaticImpairment: false }, danazolAzathioprine.limits)).toEqual(['danazol-azathioprine-no-paediatric-data', 'population-unknown']);
    const ageless = limitNotes({ ...base, pregnant: false, hepaticImpairment: false }, danazolAzathioprine.limits);
    expect(ageless).toEqual([expect.objectContaining({ code: 'population-unknown', message: 'Check the age before prescribing: the sources give no paediatric doses.' })]);
  });

  it('puts contraindications before missing data before cautions', () => {
    const notes = limitNotes({ ...base, ageYears: 15, pregnant: true, hepaticImpairment: true }, [...danazolAzathioprine.limits].reverse());
    expect(notes.map((note) => note.limit)).toEqual(['contraindicated', 'contraindicated', 'no-data']);
  });
});

describe('limitsFirst', () => {
  it('moves limit notes first, most severe first, and keeps the order of the rest', () => {
    const ordered = limitsFirst([
      { code: 'a', message: 'a' }, { code: 'c', message: 'c', limit: 'caution' }, { code: 'b', message: 'b' },
      { code: 'n', message: 'n', limit: 'no-data' }, { code: 'x', message: 'x', limit: 'contraindicated' },
    ]);
    expect(ordered.map((note) => note.code)).toEqual(['x', 'n', 'c', 'a', 'b']);
  });
});
