/**
 * Applies a dose rule to a body (a regimen's data meets the patient here). Amounts are kept unrounded (to 4 decimals, which only removes binary
 * floating-point noise such as 0.8 × 18 = 14.400000000000002); a cap replaces the amount when the rule's
 * amount exceeds it, and `capped` says so.
 */
import type { Dose } from '../dose';
import { formatDose, formatRate } from '../format/dose';
import { formatNumber, notShown, roundDecimal } from '../format/number';
import { formatAmount } from '../format/amount';
import type { FieldError } from '../result';
import type { Body, Cap, DoseRule, WeightRule } from './types';

export interface ComputedDose {
  dose: Dose;
  /** The arithmetic, e.g. "375 mg/m² × 1.82 m² (Mosteller) = 681.8 mg". */
  working: string;
  capNote?: string;
}

const tidy = (amount: number) => roundDecimal(amount, 4);

/** Caps one amount; `capped` is true only when the cap was lower than the amount. */
function applyCap(amount: number, cap: Cap | undefined): { amount: number; capped: boolean } {
  return cap !== undefined && amount > cap.amount ? { amount: cap.amount, capped: true } : { amount, capped: false };
}

function scaled(
  rate: number, rateMax: number | undefined, factor: number, rule: { unit: Dose['unit']; cap?: Cap },
  basis: { perKg: number } | { perM2: number }, by: string, rateText: string,
): ComputedDose {
  const raw = { amount: tidy(rate * factor), amountMax: rateMax === undefined ? undefined : tidy(rateMax * factor) };
  const low = applyCap(raw.amount, rule.cap);
  const high = raw.amountMax === undefined ? undefined : applyCap(raw.amountMax, rule.cap);
  const capped = low.capped || (high?.capped ?? false);
  const dose: Dose = {
    amount: low.amount,
    ...(high === undefined || high.amount === low.amount ? {} : { amountMax: high.amount }),
    unit: rule.unit,
    ...basis,
    capped,
  };
  const uncapped = formatDose({ amount: raw.amount, amountMax: raw.amountMax, unit: rule.unit });
  const working = `${rateText} × ${by} = ${uncapped}`;
  if (!capped || rule.cap === undefined) return { dose, working };
  const capText = `${formatAmount(rule.cap.amount, rule.unit)} (${rule.cap.source})`;
  return {
    dose,
    working: `${working}, capped at ${capText}`,
    capNote: `Capped at ${capText}: the rate alone gives ${uncapped}.`,
  };
}

/**
 * A dose rule as the source states it, before it meets a patient.
 * @example formatDoseRule({ basis: 'bsa', perM2: 375, unit: 'mg' }) // "375 mg/m²"
 * @example formatDoseRule({ basis: 'weight', perKg: 10, perKgMax: 15, unit: 'mg' }) // "10–15 mg/kg"
 */
export function formatDoseRule(rule: DoseRule): string {
  // A rule from elsewhere than the engine's data: formatDose and formatRate check its numbers and unit.
  if (typeof rule !== 'object' || rule === null) return notShown;
  switch (rule.basis) {
    case 'flat':
      return formatDose(rule);
    case 'weight':
      return formatRate(rule.perKg, rule.perKgMax, rule.unit, 'kg');
    case 'bsa':
      return formatRate(rule.perM2, undefined, rule.unit, 'm²');
    default:
      return notShown;
  }
}

/** A dose by weight, which needs nothing but the weight. */
export function computeWeightDose(rule: WeightRule, weightKg: number): ComputedDose {
  return scaled(rule.perKg, rule.perKgMax, weightKg, rule, { perKg: rule.perKg }, formatAmount(weightKg, 'kg'), formatDoseRule(rule));
}

/** The dose for one rule, or an error when the rule needs a BSA and no height was given. */
export function computeDose(rule: DoseRule, body: Body): ComputedDose | FieldError {
  switch (rule.basis) {
    case 'flat':
      return {
        dose: { amount: rule.amount, ...(rule.amountMax === undefined ? {} : { amountMax: rule.amountMax }), unit: rule.unit, capped: false },
        working: `${formatDoseRule(rule)}, a fixed dose (not by weight)`,
      };
    case 'weight':
      return computeWeightDose(rule, body.weightKg);
    case 'bsa':
      if (body.bsa === undefined) {
        return { field: 'heightCm', message: 'Enter the height: this dose is by body-surface area.' };
      }
      return scaled(rule.perM2, undefined, body.bsa.m2, rule, { perM2: rule.perM2 },
        // 4 decimals so that the arithmetic can be checked: the dose uses the unrounded BSA (drugs.md §6.1).
        `${formatNumber(body.bsa.m2, 4)} m² (${body.bsa.formula === 'mosteller' ? 'Mosteller' : 'DuBois'})`,
        formatDoseRule(rule));
  }
}
