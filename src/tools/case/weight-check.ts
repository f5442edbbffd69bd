/**
 * The case with its weight checked against the age and height (the engine's growth reference for children,
 * body-mass index for adults): far outside blocks beside the weight until the reader confirms it; merely
 * unusual is a note (issue #18: 2 kg for a 45-year-old who is 170 cm tall gave a rituximab dose). For the
 * tools that dose by weight: the reference data (about 2.5 KB gzip) stays out of the others' bundles.
 */
import { checkWeight } from '../../engine';
import type { CaseFields } from './case';
import type { CaseValues, WeightCheck } from './case-values';

const checkOf: Readonly<Record<string, WeightCheck>> = { 'weight-confirmed': 'confirmed', 'weight-unusual': 'unusual' };

export function withWeightCheck(fields: CaseFields, values: CaseValues): CaseValues {
  const { weightKg, ageYears, heightCm } = values;
  if (weightKg === undefined) return values;
  const result = checkWeight({
    weightKg,
    weightConfirmed: fields.weightConfirmed === 'yes',
    ...(ageYears === undefined ? {} : { ageYears }),
    ...(heightCm === undefined ? {} : { heightCm }),
  }, 'weight');
  if (!result.ok) {
    return {
      ...values,
      weightKg: undefined,
      weightCheck: 'implausible',
      errors: { ...values.errors, weight: result.errors.map((error) => error.message).join(' ') },
    };
  }
  const note = result.warnings.find((warning) => checkOf[warning.code] !== undefined);
  if (note === undefined) return values;
  return { ...values, weightCheck: checkOf[note.code], notes: { ...values.notes, weight: [...(values.notes.weight ?? []), note] } };
}
