/**
 * The case as the regimen planner reads it (planRegimenWith's patient): shared by the dose calculator and the
 * "Your patient" page, so both compute a dose from the same reading of the same fields.
 */
import type { PatientInput } from '../../engine';
import type { CaseFields } from '../case/case';
import type { CaseValues } from '../case/case-values';
import { answerValue, type Answer } from '../shared/parse-input';

/** What only the dose calculator asks: a page without those questions passes the engine's defaults. */
export interface DoseChoices {
  bsaFormula: NonNullable<PatientInput['bsaFormula']>;
  prednisoneRule: NonNullable<PatientInput['prednisoneRule']>;
  datNegative: Answer;
}

export function patientFrom(fields: CaseFields, values: CaseValues, dose: DoseChoices): Partial<PatientInput> {
  const pregnant = answerValue(fields.pregnant);
  const splenectomised = answerValue(fields.splenectomised);
  const datNegative = answerValue(dose.datNegative);
  const hepaticImpairment = answerValue(fields.hepatic);
  return {
    ...(values.weightKg === undefined ? {} : { weightKg: values.weightKg }),
    ...(values.heightCm === undefined ? {} : { heightCm: values.heightCm }),
    ...(values.ageYears === undefined ? {} : { ageYears: values.ageYears }),
    ...(values.haemoglobinGdL === undefined ? {} : { haemoglobinGdL: values.haemoglobinGdL }),
    ...(fields.rhD === '' ? {} : { rhD: fields.rhD }),
    ...(splenectomised === undefined ? {} : { splenectomised }),
    ...(pregnant === undefined ? {} : { pregnant }),
    ...(datNegative === undefined ? {} : { datNegative }),
    ...(hepaticImpairment === undefined ? {} : { hepaticImpairment }),
    // The case checked the weight against the age and height first (case/weight-check.ts); a weight it
    // blocks never reaches here unless the reader confirmed it, and then the engine is told so too.
    ...(fields.weightConfirmed === 'yes' ? { weightConfirmed: true } : {}),
    bsaFormula: dose.bsaFormula,
    prednisoneRule: dose.prednisoneRule,
  };
}
