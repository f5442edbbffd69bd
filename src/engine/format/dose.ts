/**
 * Doses for a reader, through the ISMP-safe number formatter (no trailing zero, a leading zero, thousands
 * separators, "mcg" and "units" written out).
 *
 * Decimals shown depend on the size of the amount, so that a dose is neither falsely precise nor rounded
 * out of meaning: 1 decimal from 100 up (drugs.md W57 shows rituximab as 681.8 mg), 2 decimals from 1 up,
 * 3 below 1 (a small child's vincristine). The engine keeps the unrounded amount; only the text is rounded.
 */
import type { Dose } from '../dose';
import { finite, literal, optional, record, text } from '../shape';
import { formatNumber, notShown } from './number';

/** An amount, perhaps a range, with its unit: what a dose, a unit count or a rate is shown from. */
const isSpan = record({ amount: finite, amountMax: optional(finite) });
const isDose = record({ amount: finite, amountMax: optional(finite), unit: text });
const isRate = (rate: unknown, rateMax: unknown, unit: unknown, per: unknown) =>
  finite(rate) && optional(finite)(rateMax) && text(unit) && literal('kg', 'm²')(per);

/** How many decimals a dose amount is shown with. */
export function doseDecimals(amount: number): number {
  if (amount >= 100) return 1;
  return amount >= 1 ? 2 : 3;
}

/** One amount without its unit: "681.8", "0.75", "17,500". */
export function formatDoseNumber(amount: number): string {
  return formatNumber(amount, doseDecimals(amount));
}

/** A range when the upper end differs, otherwise one amount: "600–900", "80". */
function formatSpan(amount: number, amountMax: number | undefined): string {
  return amountMax === undefined || amountMax === amount
    ? formatDoseNumber(amount)
    : `${formatDoseNumber(amount)}–${formatDoseNumber(amountMax)}`;
}

/** "681.8 mg", "600–900 mg", "14.4–18 g", "3,500 mcg". */
export function formatDose(dose: Pick<Dose, 'amount' | 'amountMax' | 'unit'>): string {
  if (!isDose(dose)) return notShown;
  return `${formatSpan(dose.amount, dose.amountMax)} ${dose.unit}`;
}

/** International units, written out as ISMP asks: "17,500 units", "8,750–14,000 units". */
export function formatUnits(units: { amount: number; amountMax?: number }): string {
  if (!isSpan(units)) return notShown;
  return `${formatSpan(units.amount, units.amountMax)} units`;
}

/** A rate: "375 mg/m²", "0.03 mg/kg", "10–15 mg/kg". */
export function formatRate(rate: number, rateMax: number | undefined, unit: string, per: 'kg' | 'm²'): string {
  if (!isRate(rate, rateMax, unit, per)) return notShown;
  const span = rateMax === undefined ? formatNumber(rate, 3) : `${formatNumber(rate, 3)}–${formatNumber(rateMax, 3)}`;
  return `${span} ${unit}/${per}`;
}

/** A volume to 0.01 mL, the graduation of the syringes the labels name: "0.14 mL". */
export function formatVolume(millilitres: number): string {
  return `${formatNumber(millilitres, 2)} mL`;
}
