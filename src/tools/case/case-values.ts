/**
 * The case in the engine's units, with one message per field that cannot be read and the notes that say
 * what was assumed. Derived, never stored: it always matches what is on screen. Every typed number goes to
 * the engine as the reader typed it, so its separator rules read it ("8,000" /µL is 8 ×10⁹/L, "1,000" kg
 * asks) and its notes say how (issue #18). The weight's check against the age and height is in
 * weight-check.ts, for the tools that dose by weight: its growth reference stays out of the others' bundles.
 */
import { computed } from 'nanostores';
import { ranges, type Note, type NumberRule, type Result } from '../../engine';
import { gestationRule } from '../../engine/algorithm';
import { haemoglobinToGdL, heightToCm, plateletsToSI, readTypedValue, weightToKg } from '../../engine/units';
import { $case, isCompletePrior, type CaseFields } from './case';
import { caseMessages } from '../shared/messages';

/** How the weight stands against the age and height: blocked until confirmed, confirmed, or merely unusual. */
export type WeightCheck = 'implausible' | 'confirmed' | 'unusual';

export interface CaseValues {
  ageYears?: number;
  weightKg?: number;
  heightCm?: number;
  count?: number;
  monthsSinceDiagnosis?: number;
  haemoglobinGdL?: number;
  gestationWeeks?: number;
  /** Set when the engine found the weight implausible or unusual for the age and height. */
  weightCheck?: WeightCheck;
  /** Field key → message, for fields that were filled in but cannot be used. */
  errors: Partial<Record<keyof CaseFields, string>>;
  /** Field key → notes such as "“8,000” was read as 8,000: the comma separates thousands." */
  notes: Partial<Record<keyof CaseFields, Note[]>>;
}

type Key = 'age' | 'months' | 'gestation' | 'weight' | 'height' | 'count' | 'haemoglobin';

/** One typed field through the engine: its value, or its error beside the field; its notes either way. */
function readField(out: CaseValues, key: Key, text: string, reader: (text: string) => Result<number>): number | undefined {
  if (text.trim() === '') return undefined;
  const result = reader(text);
  if (!result.ok) {
    out.errors[key] = result.errors.map((error) => error.message).join(' ');
    return undefined;
  }
  if (result.warnings.length > 0) out.notes[key] = result.warnings;
  return result.value;
}

const plain = (key: Key, rule: NumberRule) => (text: string) => readTypedValue(text, key, rule);

/** A row with a treatment or an outcome chosen but not both blocks the advice: it is never silently left out. */
function priorError(fields: CaseFields): string | undefined {
  const index = fields.prior.findIndex((row) => !isCompletePrior(row) && (row.therapy !== '' || row.outcome !== ''));
  return index === -1 ? undefined : caseMessages.priorIncomplete(index + 1);
}

/**
 * Reads one field of the case into `out` (its value, or its error beside the field). A page reads the fields it
 * shows: the dose calculator has no count, so its script carries no count reader (DESIGN.md "Budgets").
 */
export type CaseReader = (out: CaseValues, fields: CaseFields) => void;

const reader = <K extends 'ageYears' | 'monthsSinceDiagnosis' | 'heightCm' | 'count' | 'haemoglobinGdL' | 'gestationWeeks' | 'weightKg'>(
  value: K, key: Key, parse: (fields: CaseFields) => (text: string) => Result<number>, shown: (fields: CaseFields) => boolean = () => true,
): CaseReader => (out, fields) => {
  const read = shown(fields) ? readField(out, key, fields[key], parse(fields)) : undefined;
  if (read !== undefined) out[value] = read;
};

export const readAge = reader('ageYears', 'age', () => plain('age', ranges.ageYears));
export const readMonths = reader('monthsSinceDiagnosis', 'months', () => plain('months', ranges.monthsSinceDiagnosis));
export const readHeight = reader('heightCm', 'height', (fields) => (text) => heightToCm(text, fields.heightUnit, 'height'));
export const readCount = reader('count', 'count', (fields) => (text) => plateletsToSI(text, fields.countUnit, 'count'));
export const readHaemoglobin = reader('haemoglobinGdL', 'haemoglobin', (fields) => (text) => haemoglobinToGdL(text, fields.haemoglobinUnit, 'haemoglobin'));
// Asked only in pregnancy: a gestation left in a field now hidden is not read.
export const readGestation = reader('gestationWeeks', 'gestation', () => plain('gestation', gestationRule), (fields) => fields.pregnant === 'yes');
export const readWeight = reader('weightKg', 'weight', (fields) => (text) => weightToKg(text, fields.weightUnit, 'weight'));
export const readPrior: CaseReader = (out, fields) => {
  const prior = priorError(fields);
  if (prior !== undefined) out.errors.prior = prior;
};

/** The case as typed, read by the engine's rules for the fields `readers` name (no weight check: weight-check.ts adds it). */
export function readCase(fields: CaseFields, readers: readonly CaseReader[]): CaseValues {
  const out: CaseValues = { errors: {}, notes: {} };
  for (const read of readers) read(out, fields);
  return out;
}

/** Every field, for the pages that show the whole case. */
export function caseValues(fields: CaseFields): CaseValues {
  return readCase(fields, [readAge, readMonths, readHeight, readCount, readHaemoglobin, readGestation, readWeight, readPrior]);
}

export const $caseValues = computed($case, caseValues);
