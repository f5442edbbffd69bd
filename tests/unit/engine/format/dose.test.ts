import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { doseDecimals, formatDose, formatDoseNumber, formatRate, formatUnits, formatVolume } from '../../../../src/engine/format/dose';
import { drugDisplayName } from '../../../../src/engine/format/drug-names';

describe('formatDose (ISMP: no trailing zero, a leading zero, thousands separators, mcg)', () => {
  it.each([
    // [source, dose, text]
    ['drugs.md W57', { amount: 681.7945, unit: 'mg' }, '681.8 mg'],
    ['drugs.md W76', { amount: 600, amountMax: 900, unit: 'mg' }, '600–900 mg'],
    ['drugs.md W69', { amount: 14.4, amountMax: 18, unit: 'g' }, '14.4–18 g'],
    ['drugs.md W70', { amount: 3500, unit: 'mcg' }, '3,500 mcg'],
    ['drugs.md W75', { amount: 2, unit: 'mg' }, '2 mg'],
    ['drugs.md W74', { amount: 1.8, unit: 'mg' }, '1.8 mg'],
    ['small child vincristine', { amount: 0.015, unit: 'mg' }, '0.015 mg'],
    ['a range capped to one amount', { amount: 120, amountMax: 120, unit: 'mg' }, '120 mg'],
  ] as const)('%s: %j → %s', (_source, dose, text) => {
    expect(formatDose(dose)).toBe(text);
  });

  it.each([[99.999, 2], [100, 1], [0.999, 3], [1, 2]])('shows %d with %d decimals at most', (amount, decimals) => {
    expect(doseDecimals(amount)).toBe(decimals);
  });

  it('never shows a trailing zero, a bare decimal point or µg, for any dose', () => {
    fc.assert(fc.property(fc.double({ min: 0.001, max: 100000, noNaN: true }), fc.constantFrom('mg', 'g', 'mcg' as const), (amount, unit) => {
      const text = formatDose({ amount, unit });
      expect(text).not.toMatch(/\.\d*0 /);
      expect(text).not.toMatch(/(^|[^\d])\./);
      expect(text).not.toMatch(/µ/);
      expect(text).toMatch(/^\d{1,3}(,\d{3})*(\.\d+)? (mg|g|mcg)$/);
    }));
  });
});

describe('other dose text', () => {
  it('writes international units out: "17,500 units", "8,750–14,000 units" (drugs.md W70–W71)', () => {
    expect(formatUnits({ amount: 17500 })).toBe('17,500 units');
    expect(formatUnits({ amount: 8750, amountMax: 14000 })).toBe('8,750–14,000 units');
  });

  it('writes rates with their basis', () => {
    expect(formatRate(375, undefined, 'mg', 'm²')).toBe('375 mg/m²');
    expect(formatRate(0.03, undefined, 'mg', 'kg')).toBe('0.03 mg/kg');
    expect(formatRate(10, 15, 'mg', 'kg')).toBe('10–15 mg/kg');
  });

  it('writes volumes to 0.01 mL with a leading zero (drugs.md W1)', () => {
    expect(formatVolume(0.14)).toBe('0.14 mL');
    expect(formatVolume(1.4)).toBe('1.4 mL');
  });

  it('formats a bare amount', () => {
    expect(formatDoseNumber(17500)).toBe('17,500');
  });
});

describe('drugDisplayName', () => {
  it.each([
    ['rho(d) immune globulin', 'anti-D immunoglobulin (Rho(D) immune globulin IV, WinRho SDF)'],
    ['immune globulin', 'IVIG (immune globulin intravenous)'],
    ['prednisone', 'prednisone (or prednisolone)'],
    ['vincristine', 'vincristine'],
    ['eltrombopag', 'eltrombopag'],
  ])('%s → %s (no invented Tall Man lettering)', (drug, shown) => {
    expect(drugDisplayName(drug)).toBe(shown);
  });
});
