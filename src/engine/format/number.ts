/**
 * ISMP-safe number formatting: the only way a number reaches a reader.
 * - no trailing zeros ("1 mg", never "1.0 mg"), which can be misread as ten times the dose;
 * - always a leading zero ("0.5 mL", never ".5 mL"), which can be misread as 5;
 * - thousands separators ("17,500 units") so large numbers are read at the right order of magnitude.
 * Source: ISMP List of Error-Prone Abbreviations, Symbols, and Dose Designations.
 */

/** Moves the decimal point by `places` through the decimal string, so no binary error creeps in. */
function shiftDecimal(value: number, places: number): number {
  const [mantissa = '0', exponent = '0'] = value.toExponential().split('e');
  return Number(`${mantissa}e${Number(exponent) + places}`);
}

/**
 * Rounds half away from zero at `digits` decimals using the decimal string, not binary arithmetic
 * (`0.145 * 100` is 14.4999… in floating point and would round the wrong way). Working on the
 * exponential form keeps tiny and huge numbers (5e-324, 1e21) exact instead of producing NaN.
 */
export function roundDecimal(value: number, digits: number): number {
  if (!Number.isFinite(value)) return 0;
  const sign = value < 0 ? -1 : 1;
  const rounded = Math.round(shiftDecimal(Math.abs(value), digits));
  return sign * shiftDecimal(rounded, -digits);
}

/** Formats a number with at most `maxDecimals` decimals, no trailing zeros, a leading zero, and commas. */
export function formatNumber(value: number, maxDecimals = 2): string {
  const rounded = roundDecimal(value, maxDecimals);
  const safe = Object.is(rounded, -0) ? 0 : rounded;
  const [whole = '0', fraction] = Math.abs(safe).toFixed(maxDecimals).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const trimmed = fraction?.replace(/0+$/, '') ?? '';
  return `${safe < 0 ? '-' : ''}${grouped}${trimmed ? `.${trimmed}` : ''}`;
}
