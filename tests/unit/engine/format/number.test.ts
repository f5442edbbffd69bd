// The ISMP-safe number formatter every reader-facing number goes through.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNumber, roundDecimal } from '../../../../src/engine/format/number';
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

  it('writes numbers JavaScript would print in exponent form without NaN', () => {
    expect(formatNumber(5e-324)).toBe('0');
    expect(formatNumber(1e-7, 2)).toBe('0');
    expect(formatNumber(1e21, 0)).toMatch(/^1,000,000,000,000,000,000,000$|^1e\+21$/);
  });

  it('turns a non-finite value into 0 rather than "NaN" or "Infinity"', () => {
    expect(roundDecimal(Number.NaN, 2)).toBe(0);
    expect(roundDecimal(Number.POSITIVE_INFINITY, 2)).toBe(0);
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

describe('formatAmount and formatCount', () => {
  it('puts the unit after the ISMP-safe number', () => {
    expect(formatAmount(0.14, 'mL')).toBe('0.14 mL');
    expect(formatAmount(17500, 'units')).toBe('17,500 units');
    expect(formatCount(20)).toBe('20 ×10⁹/L');
    expect(formatCount(12.25)).toBe('12.3 ×10⁹/L');
  });
});
