/** Amounts with their units, through the ISMP-safe number formatter. */
import { formatNumber, notShown } from './number';
import { decisionThresholds, formatBeside } from './threshold';

/** "1 mg", "0.5 mg", "17,500 units", "0.14 mL". Units are written out as the ISMP list asks (mcg, units, mL). */
export function formatAmount(amount: number, unit: string, maxDecimals = 2): string {
  // An amount without its unit is not a dose: refused whole, like a number the gate cannot show.
  if (typeof unit !== 'string') return notShown;
  return `${formatNumber(amount, maxDecimals)} ${unit}`;
}

/**
 * A platelet count in ×10⁹/L, the engine's internal unit: "20 ×10⁹/L", "12.3 ×10⁹/L"; near a decision
 * threshold with the decimals that keep it on its side ("49.999 ×10⁹/L", never "50").
 */
export function formatCount(count: number): string {
  return `${formatBeside(count, decisionThresholds.count, 1)} ×10⁹/L`;
}

/** Time since diagnosis: "2.9999 months", never "3 months" (IWG phases, guidelines.md §3.1). */
export function formatMonths(months: number): string {
  return `${formatBeside(months, decisionThresholds.months, 2)} months`;
}

/** An age: "17.99 years", never "18 years" for a child. */
export function formatAgeYears(years: number): string {
  return `${formatBeside(years, decisionThresholds.ageYears, 1)} years`;
}

/** Haemoglobin: "7.999 g/dL", never "8 g/dL" below the anti-D floor (drugs.md §8.2). */
export function formatHaemoglobin(gdl: number): string {
  return `${formatBeside(gdl, decisionThresholds.haemoglobinGdL, 2)} g/dL`;
}
