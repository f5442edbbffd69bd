/**
 * Which weight doses each romiplostim assessment (drugs.md §1.1). Adults: the actual body weight at
 * initiation, whatever they weigh later (W14). Children: the dose follows weight as well as count; they are
 * reweighed every 12 weeks and the new weight doses from the assessment where it is entered (W15).
 */
import { formatAmount } from '../format/amount';
import { formatNumber } from '../format/number';
import type { Note } from '../result';
import { adultAgeYears } from './types';

/**
 * Children are reweighed every 12 weeks (84 days) (EU SmPC text; US medication pages: ✔2); exported for
 * the pages that state it.
 */
export const romiplostimReweighDays = 84;

export interface WeightPlan {
  /** weights[i] doses the assessment at index i. */
  weights: number[];
  notes: Note[];
}

export function doseWeights(
  initiationKg: number,
  ageYears: number | undefined,
  counts: readonly { day: number; weightKg: number | undefined }[],
): WeightPlan {
  const child = ageYears !== undefined && ageYears < adultAgeYears;
  const entered = counts.filter((entry) => entry.weightKg !== undefined);
  if (!child) {
    const later = entered.map((entry) => `day ${formatNumber(entry.day)}`).join(', ');
    return {
      weights: counts.map(() => initiationKg),
      notes: entered.length === 0 ? [] : [{
        code: 'romiplostim-adult-weight',
        message: `Adults keep the weight at initiation (${formatAmount(initiationKg, 'kg')}) for the mcg/kg to mcg conversion; the weight entered on ${later} does not change the dose.`,
        citation: 'nplate-uspi §2.2',
      }],
    };
  }
  let current = initiationKg;
  let weighedOn = 0;
  const weights = counts.map((entry) => {
    if (entry.weightKg !== undefined) {
      current = entry.weightKg;
      weighedOn = entry.day;
    }
    return current;
  });
  return {
    weights,
    notes: [{
      code: 'romiplostim-child-weight',
      message: `Children: reweigh every ${formatNumber(romiplostimReweighDays / 7)} weeks and enter the new weight at that assessment; the mcg dose is recomputed from it. Weight in use: ${formatAmount(current, 'kg')} (day ${formatNumber(weighedOn)}); next reweigh due by day ${formatNumber(weighedOn + romiplostimReweighDays)}.`,
      citation: 'nplate-smpc §4.2',
    }],
  };
}
