/**
 * Reads the patient for a regimen. Weight is always needed; other fields are checked when given, and are
 * required when the regimen says it needs them (with the reason in the message). One error per field.
 */
import { readBsaFormula } from '../bsa';
import { messages } from '../messages';
import { collectFields } from '../plausibility';
import { checkWeight } from '../growth/weight-plausibility';
import { fail, ok, type FieldError, type Result } from '../result';
import { haemoglobinToGdL } from '../units';
import { isRecord, ranges, readChoice, readNumber, readOptionalBoolean, readOptionalNumber } from '../validate';
import { prednisoneRules, type Need, type Patient } from './types';

const labels: Record<Need['field'], string> = {
  heightCm: 'height',
  ageYears: 'age',
  rhD: 'Rh(D) status',
  splenectomised: 'splenectomy status',
  haemoglobinGdL: 'haemoglobin (g/dL)',
};

function readOptionalChoice<T extends string>(value: unknown, field: string, label: string, allowed: readonly T[]): T | undefined | FieldError {
  return value === undefined ? undefined : readChoice(value, field, label, allowed);
}

function readHaemoglobin(value: unknown): number | undefined | FieldError {
  if (value === undefined) return undefined;
  const read = haemoglobinToGdL(value, 'g/dL', 'haemoglobinGdL');
  return read.ok ? read.value : read.errors[0];
}

/** The error for a field a regimen needs but was not given. */
export function missingError(need: Need): FieldError {
  return { field: need.field, message: `Enter the ${labels[need.field]}: ${need.why}.` };
}

/** A child is under 18 years (the engine contract); `undefined` when the age was not given. */
export function isChild(patient: Patient): boolean | undefined {
  return patient.ageYears === undefined ? undefined : patient.ageYears < 18;
}

export function readPatient(input: unknown, needs: readonly Need[]): Result<Patient> {
  if (!isRecord(input)) return fail([{ field: 'patient', message: messages.notAnObject('patient') }]);
  const read = collectFields<Patient>({
    weightKg: readNumber(input.weightKg, 'weightKg', ranges.weightKg),
    heightCm: readOptionalNumber(input.heightCm, 'heightCm', ranges.heightCm),
    ageYears: readOptionalNumber(input.ageYears, 'ageYears', ranges.ageYears),
    bsaFormula: readBsaFormula(input.bsaFormula, 'bsaFormula'),
    rhD: readOptionalChoice(input.rhD, 'rhD', 'Rh(D) status', ['positive', 'negative'] as const),
    splenectomised: readOptionalBoolean(input.splenectomised, 'splenectomised', 'splenectomy status'),
    haemoglobinGdL: readHaemoglobin(input.haemoglobinGdL),
    datNegative: readOptionalBoolean(input.datNegative, 'datNegative', 'DAT result'),
    pregnant: readOptionalBoolean(input.pregnant, 'pregnant', 'pregnancy status'),
    hepaticImpairment: readOptionalBoolean(input.hepaticImpairment, 'hepaticImpairment', 'hepatic impairment answer'),
    weightConfirmed: readOptionalBoolean(input.weightConfirmed, 'weightConfirmed', 'weight confirmation'),
    prednisoneRule: readOptionalChoice(input.prednisoneRule, 'prednisoneRule', 'prednisone rule', prednisoneRules),
  });
  const missing: FieldError[] = needs
    .filter((need) => input[need.field] === undefined)
    .map(missingError);
  // A missing field reads as undefined without an error, so the two lists never name the same field.
  if (!read.ok) {
    const [first, ...rest] = read.errors;
    return fail([first, ...rest, ...missing]);
  }
  const [first, ...rest] = missing;
  if (first !== undefined) return fail([first, ...rest]);
  // The weight against the age and height, once all three are read (issue #18).
  const weight = checkWeight(read.value);
  return weight.ok ? ok(read.value, weight.warnings) : weight;
}
