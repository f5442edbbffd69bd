/** Amounts with their units, through the ISMP-safe number formatter. */
import { formatNumber } from './number';

/** "1 mg", "0.5 mg", "17,500 units", "0.14 mL". Units are written out as the ISMP list asks (mcg, units, mL). */
export function formatAmount(amount: number, unit: string, maxDecimals = 2): string {
  return `${formatNumber(amount, maxDecimals)} ${unit}`;
}

/** A platelet count in ×10⁹/L, the engine's internal unit: "20 ×10⁹/L". */
export function formatCount(count: number): string {
  return `${formatNumber(count, 1)} ×10⁹/L`;
}
