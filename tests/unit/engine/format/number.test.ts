// The ISMP-safe number formatter every reader-facing number goes through.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNumber, notShown, roundDecimal } from '../../../../src/engine/format/number';
import { formatAmount, formatCount } from '../../../../src/engine/format/amount';

describe('formatNumber (ISMP List of Error-Prone Abbreviations)', () => {
  it.each([
    [1, 2, '1'], // no trailing zero: "1.0 mg" is misread as 10 mg
    [1.5, 2, '1.5'],
    [0.5, 2, '0.5'], // leading zero: ".5 mg" is misread as 5 mg
    [17500, 2, '17,500'], // thousands separator
    [1234567.891, 2, '1,234,567.89'],
    [0.145, 2, '0.15'], // half up on the decimal value (drugs.md §1.1), not 0.14
    [72.5, 0, '73'],
    [-2.5, 0, '-3'],
    [-0.001, 2, '0'], // never "-0"
    [0.046, 2, '0.05'],
  ])('%s with %s decimals → %s', (value, decimals, expected) => {
    expect(formatNumber(value, decimals)).toBe(expected);
  });

  it('never prints NaN, a trailing zero or a naked decimal point for any finite number', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e15, max: 1e15 }), fc.integer({ min: 0, max: 4 }), (value, decimals) => {
        const text = formatNumber(value, decimals);
        expect(text).not.toMatch(/NaN|Infinity/);
        expect(text).not.toMatch(/\.\d*0$/);
        expect(text).not.toMatch(/(^|[^\d])\.\d/);
      }),
    );
  });
});

/**
 * An oracle written apart from the gate: the shortest decimal form JavaScript prints (String), as an exact
 * BigInt scaled by 10^decimals, rounded half away from zero on those digits (drugs.md §1.1), then written out.
 */
function expectedText(value: number, decimals: number): string {
  const [mantissa = '0', exponent = '0'] = String(Math.abs(value)).split('e');
  const [whole = '0', fraction = ''] = mantissa.split('.');
  const digits = BigInt(`${whole}${fraction}`);
  const shift = Number(exponent) - fraction.length + decimals;
  let scaled: bigint;
  if (shift >= 0) {
    scaled = digits * 10n ** BigInt(shift);
  } else {
    const divisor = 10n ** BigInt(-shift);
    scaled = digits / divisor + (2n * (digits % divisor) >= divisor ? 1n : 0n);
  }
  if (scaled >= 10n ** BigInt(21 + decimals)) return notShown;
  if (scaled === 0n) return '0';
  const text = scaled.toString().padStart(decimals + 1, '0');
  const integer = text.slice(0, text.length - decimals).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const decimalPart = text.slice(text.length - decimals).replace(/0+$/, '');
  return `${value < 0 ? '-' : ''}${integer}${decimalPart === '' ? '' : `.${decimalPart}`}`;
}

describe('formatNumber is exact or refuses, at every magnitude (issue #23)', () => {
  it('prints every double as the oracle does, from 5e-324 to 1.8e308, or refuses from 10²¹ up', () => {
    fc.assert(fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer({ min: 0, max: 20 }), (value, decimals) => {
      expect(formatNumber(value, decimals)).toBe(expectedText(value, decimals));
    }), { numRuns: 20_000 });
  });

  it('reads back as the value rounded to the decimals asked for, whenever it shows one', () => {
    fc.assert(fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer({ min: 0, max: 20 }), (value, decimals) => {
      const text = formatNumber(value, decimals);
      fc.pre(text !== notShown);
      expect(Number(text.replace(/,/g, ''))).toBe(roundDecimal(value, decimals) + 0);
    }), { numRuns: 20_000 });
  });

  it.each([
    [1e21, 0, notShown], // JavaScript's own form would be "1e+21", which the grouping once cut to "1e+21"
    [9.999999999999999e20, 0, '999,999,999,999,999,900,000'],
    [1e306, 2, notShown], // once "NaN": the rounding overflowed
    [Number.MAX_VALUE, 2, notShown],
    [123456789012345.67, 2, '123,456,789,012,345.67'], // beyond 2⁵³ once scaled: rounded on its digits instead
    [5e-324, 2, '0'],
    [1e-7, 20, '0.0000001'],
    [-0.004, 2, '0'], // never "-0"
  ])('%s with %s decimals → "%s"', (value, decimals, text) => {
    expect(formatNumber(value, decimals)).toBe(text);
  });

  it('refuses what is not a number, an infinity, or decimals it cannot give, instead of printing "0" or throwing', () => {
    for (const value of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, '12', null, undefined, 12n, Symbol('x'), {}]) {
      expect(formatNumber(value as number)).toBe(notShown);
    }
    for (const decimals of [-1, 1.5, 21, Number.NaN, '2']) expect(formatNumber(1.5, decimals as number)).toBe(notShown);
  });

  it('leaves a value that is not finite to its caller to refuse, rather than rounding it to 0', () => {
    expect(roundDecimal(Number.NaN, 2)).toBeNaN();
    expect(roundDecimal(Number.POSITIVE_INFINITY, 2)).toBe(Number.POSITIVE_INFINITY);
  });
});

describe('formatAmount and formatCount', () => {
  it('puts the unit after the ISMP-safe number', () => {
    expect(formatAmount(0.14, 'mL')).toBe('0.14 mL');
    expect(formatAmount(17500, 'units')).toBe('17,500 units');
    expect(formatCount(20)).toBe('20 ×10⁹/L');
    expect(formatCount(12.25)).toBe('12.3 ×10⁹/L');
  });
});
