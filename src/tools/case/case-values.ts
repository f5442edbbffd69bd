/**
 * The case in the engine's units, with one message per field that cannot be read and the notes that say
 * which unit was assumed. Derived, never stored: it always matches what is on screen.
 */
import { computed } from 'nanostores';
import type { Note } from '../../engine';
import { haemoglobinToGdL, heightToCm, plateletsToSI, weightToKg } from '../../engine/units';
import { isFieldError, ranges, readNumber, type NumberRule } from '../../engine';
import { $case, type CaseFields } from './case';
import { parseInput } from '../shared/parse-input';

export interface CaseValues {
  ageYears?: number;
  weightKg?: number;
  heightCm?: number;
  count?: number;
  monthsSinceDiagnosis?: number;
  haemoglobinGdL?: number;
  /** Field key → message, for fields that were filled in but cannot be used. */
  errors: Partial<Record<keyof CaseFields, string>>;
  /** Field key → notes such as "Read as 20,000 /µL = 20 ×10⁹/L". */
  notes: Partial<Record<keyof CaseFields, Note[]>>;
}

type Converter = (value: unknown, unit: unknown, field?: string) => ReturnType<typeof weightToKg>;

function convert(
  out: CaseValues,
  key: 'weight' | 'height' | 'count' | 'haemoglobin',
  text: string,
  unit: string,
  converter: Converter,
): number | undefined {
  const value = parseInput(text);
  if (value === undefined) return undefined;
  const result = converter(value, unit, key);
  if (!result.ok) {
    out.errors[key] = result.errors.map((error) => error.message).join(' ');
    return undefined;
  }
  if (result.warnings.length > 0) out.notes[key] = result.warnings;
  return result.value;
}

function plain(out: CaseValues, key: 'age' | 'months', text: string, rule: NumberRule): number | undefined {
  const value = parseInput(text);
  if (value === undefined) return undefined;
  const read = readNumber(value, key, rule);
  if (!isFieldError(read)) return read;
  out.errors[key] = read.message;
  return undefined;
}

export function caseValues(fields: CaseFields): CaseValues {
  const out: CaseValues = { errors: {}, notes: {} };
  const ageYears = plain(out, 'age', fields.age, ranges.ageYears);
  const monthsSinceDiagnosis = plain(out, 'months', fields.months, ranges.monthsSinceDiagnosis);
  const weightKg = convert(out, 'weight', fields.weight, fields.weightUnit, weightToKg);
  const heightCm = convert(out, 'height', fields.height, fields.heightUnit, heightToCm);
  const count = convert(out, 'count', fields.count, fields.countUnit, plateletsToSI);
  const haemoglobinGdL = convert(out, 'haemoglobin', fields.haemoglobin, fields.haemoglobinUnit, haemoglobinToGdL);
  return {
    ...out,
    ...(ageYears === undefined ? {} : { ageYears }),
    ...(monthsSinceDiagnosis === undefined ? {} : { monthsSinceDiagnosis }),
    ...(weightKg === undefined ? {} : { weightKg }),
    ...(heightCm === undefined ? {} : { heightCm }),
    ...(count === undefined ? {} : { count }),
    ...(haemoglobinGdL === undefined ? {} : { haemoglobinGdL }),
  };
}

export const $caseValues = computed($case, caseValues);
