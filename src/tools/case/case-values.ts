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
function read(out: CaseValues, key: Key, text: string, reader: (text: string) => Result<number>): number | undefined {
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

/** The case as typed, read by the engine's rules (no weight check: weight-check.ts adds it). */
export function caseValues(fields: CaseFields): CaseValues {
  const out: CaseValues = { errors: {}, notes: {} };
  const values = {
    ageYears: read(out, 'age', fields.age, plain('age', ranges.ageYears)),
    monthsSinceDiagnosis: read(out, 'months', fields.months, plain('months', ranges.monthsSinceDiagnosis)),
    heightCm: read(out, 'height', fields.height, (text) => heightToCm(text, fields.heightUnit, 'height')),
    count: read(out, 'count', fields.count, (text) => plateletsToSI(text, fields.countUnit, 'count')),
    haemoglobinGdL: read(out, 'haemoglobin', fields.haemoglobin, (text) => haemoglobinToGdL(text, fields.haemoglobinUnit, 'haemoglobin')),
    // Asked only in pregnancy: a gestation left in a field now hidden is not read.
    gestationWeeks: fields.pregnant === 'yes' ? read(out, 'gestation', fields.gestation, plain('gestation', gestationRule)) : undefined,
  };
  const weightKg = read(out, 'weight', fields.weight, (text) => weightToKg(text, fields.weightUnit, 'weight'));
  const prior = priorError(fields);
  if (prior !== undefined) out.errors.prior = prior;
  const given = Object.entries({ ...values, weightKg }).filter(([, value]) => value !== undefined);
  return { ...out, ...Object.fromEntries(given) };
}

export const $caseValues = computed($case, caseValues);
