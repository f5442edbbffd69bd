/**
 * ISMP-safe number formatting: the only way a number reaches a reader.
 * - no trailing zeros ("1 mg", never "1.0 mg"), which can be misread as ten times the dose;
 * - always a leading zero ("0.5 mL", never ".5 mL"), which can be misread as 5;
 * - thousands separators ("17,500 units") so large numbers are read at the right order of magnitude.
 * Source: ISMP List of Error-Prone Abbreviations, Symbols, and Dose Designations.
 *
 * Exact or refused (issue #23): the text always reads back as the value rounded to the decimals asked for,
 * at every magnitude, or it is `notShown`. Never "NaN", never "Infinity", never a NaN or infinite value shown
 * as "0", never JavaScript's exponent form ("1e+21") with its exponent cut off by the grouping.
 */

/**
 * From 10²¹ up JavaScript writes numbers in exponent form, and no dose, count, age or day is that large: such
 * a value is a typing error or a bug, and printing its 22 or more digits helps nobody.
 */
export const largestShown = 1e21;

/** What the gate prints instead of a number it will not show: not a number, infinite, 10²¹ or more. */
export const notShown = '(number not shown)';

/** The most decimals a caller may ask for: a double has about 17 significant digits. */
const MAX_DECIMALS = 20;

/** The shortest decimal digits of a positive finite number and the position of its point: 1234.5 → ['12345', 4]. */
function decimalDigits(value: number): [digits: string, point: number] {
  const [mantissa = '0', exponent = '0'] = value.toExponential().split('e');
  return [mantissa.replace('.', ''), Number(exponent) + 1];
}

/**
 * Rounds half away from zero at `digits` decimals on the shortest decimal form of the value, not in binary
 * arithmetic (`0.145 * 100` is 14.4999… in floating point and would round the wrong way), and on the digits
 * themselves, so that no multiplication overflows (1e307) or loses digits beyond 2⁵³ (123456789012345.67).
 * A value that is not finite is returned as it is, for the caller to refuse.
 */
export function roundDecimal(value: number, digits: number): number {
  if (!Number.isFinite(value) || value === 0) return value;
  const [all, point] = decimalDigits(Math.abs(value));
  const kept = point + digits;
  if (kept >= all.length) return value;
  const sign = Math.sign(value);
  if (kept < 0) return sign * 0;
  const head = all.slice(0, kept) || '0';
  const rounded = all.charAt(kept) >= '5' ? (BigInt(head) + 1n).toString() : head;
  return sign * Number(`${rounded}e${String(-digits)}`);
}

/**
 * Formats a number with at most `maxDecimals` decimals (a whole number from 0 to 20), no trailing zeros, a
 * leading zero and commas; `notShown` for anything it cannot show exactly.
 * @example formatNumber(1234.5) // "1,234.5"
 * @example formatNumber(Number.NaN) // "(number not shown)"
 */
export function formatNumber(value: number, maxDecimals = 2): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return notShown;
  if (!Number.isInteger(maxDecimals) || maxDecimals < 0 || maxDecimals > MAX_DECIMALS) return notShown;
  const rounded = roundDecimal(value, maxDecimals);
  if (Math.abs(rounded) >= largestShown) return notShown;
  if (rounded === 0) return '0';
  // The rounded value's shortest form has at most `maxDecimals` decimals and no trailing zero.
  const [digits, point] = decimalDigits(Math.abs(rounded));
  const whole = point <= 0 ? '0' : digits.slice(0, point).padEnd(point, '0');
  const fraction = point <= 0 ? `${'0'.repeat(-point)}${digits}` : digits.slice(point);
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${rounded < 0 ? '-' : ''}${grouped}${fraction === '' ? '' : `.${fraction}`}`;
}
