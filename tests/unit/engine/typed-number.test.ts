/**
 * Typed text → a number by the separator rules of typed-number.ts (issue #18): "8,000" /µL is eight thousand,
 * never eight; anything two rules could read differently is an error that asks; every reading through a
 * separator carries a note. Properties: every unit × every separator style × every value round-trips, and no
 * input is silently read a thousand times larger or smaller.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../../src/engine/format/number';
import { readTypedNumber, type Scale } from '../../../src/engine/typed-number';
import {
  haemoglobinToGdL, heightToCm, plateletsToSI, readTypedValue, weightToKg,
} from '../../../src/engine/units';
import { ranges } from '../../../src/engine/validate';

describe('readTypedNumber: the separator rules', () => {
  it.each([
    // [typed, scale, value] — the rule table in typed-number.ts, row by row
    ['8000', 'thousands', 8000],
    ['8,000', 'thousands', 8000], // one comma then 3 digits, thousand-scale unit: thousands
    ['230,000', 'thousands', 230000],
    ['2,000,000', 'plain', 2000000], // several commas: thousands
    ['230 000', 'thousands', 230000], // space: always thousands
    ['230\u202F000', 'plain', 230000], // narrow no-break space
    ['230\u2009000', 'plain', 230000], // thin space
    ["1'234'567", 'thousands', 1234567], // apostrophe
    ['1’234', 'plain', 1234],
    ['1.234.567', 'thousands', 1234567], // several dots: thousands
    ['1,234.5', 'plain', 1234.5], // both marks: the last, once, is decimal
    ['1.234,5', 'plain', 1234.5],
    ['1 234,5', 'plain', 1234.5], // space groups, comma decimal
    ['72,5', 'plain', 72.5], // comma then not 3 digits: decimal
    ['12,3456', 'plain', 12.3456],
    ['0,500', 'plain', 0.5], // "0" cannot lead a thousands group: decimal
    ['0.500', 'plain', 0.5], // "0" cannot lead a thousands group: decimal
    ['1.5', 'plain', 1.5],
    ['70.5', 'thousands', 70.5],
    ['.5', 'plain', 0.5],
    ['  45  ', 'plain', 45],
  ] as const)('“%s” (%s) → %d', (text, scale, value) => {
    expect(readTypedNumber(text, scale)).toMatchObject({ ok: true, value, negative: false });
  });

  it.each([
    ['1,000', 'plain', 'ambiguous'], // kg: one thousand or one?
    ['1.000', 'thousands', 'ambiguous'], // /µL: one thousand or one?
    ['1.200', 'plain', 'ambiguous'], // ×10⁹/L: 1,200 in Germany, 1.2 in England
    ['40,5,3', 'plain', 'bad-groups'],
    ['2,30,000', 'thousands', 'bad-groups'],
    ['1,,000', 'thousands', 'bad-groups'],
    ['1 000 00', 'plain', 'bad-groups'],
    ['1,5 000', 'plain', 'bad-groups'],
    ['1.2,3', 'plain', 'bad-groups'],
    ['1,2,3.4', 'plain', 'bad-groups'],
    ['abc', 'plain', 'not-a-number'],
    ['1e3', 'plain', 'not-a-number'],
    ['70 kg', 'plain', 'not-a-number'],
    ['', 'plain', 'not-a-number'],
    [',', 'plain', 'not-a-number'],
    ['9'.repeat(400), 'plain', 'not-a-number'],
  ] as const)('“%s” (%s) is not read: %s', (text, scale, reason) => {
    expect(readTypedNumber(text, scale)).toMatchObject({ ok: false, reason });
  });

  it('reads a leading minus so that the caller can say the value cannot be negative', () => {
    expect(readTypedNumber('−5', 'plain')).toMatchObject({ ok: true, value: 5, negative: true });
  });
});

describe('typed text through the unit converters', () => {
  it('reads "8,000" and "230,000" per µL as 8 and 230 ×10⁹/L, saying how (the issue’s counts)', () => {
    expect(plateletsToSI('8,000', '/uL')).toEqual({
      ok: true, value: 8,
      warnings: [
        { code: 'typed-number-read', message: '“8,000” was read as 8,000: the comma separates thousands.' },
        { code: 'platelet-unit', message: 'Read as 8,000 /µL = 8 ×10⁹/L.' },
      ],
    });
    expect(plateletsToSI('230,000', '/uL')).toMatchObject({ ok: true, value: 230 });
    expect(plateletsToSI('150 000', '/uL')).toMatchObject({ ok: true, value: 150 });
  });

  it('asks when a comma could separate thousands or mark decimals', () => {
    expect(weightToKg('1,000', 'kg')).toEqual({
      ok: false,
      errors: [{ field: 'weightKg', message: 'Did you mean 1,000 or 1? Enter it without the comma, like 1000 or 1. 1,000 kg is not a plausible weight.' }],
    });
    expect(plateletsToSI('1.000', '/uL')).toEqual({
      ok: false, errors: [{ field: 'count', message: 'Did you mean 1,000 or 1? Enter it without the dot, like 1000 or 1.' }],
    });
  });

  it('blocks 230,000 ×10⁹/L and names the unit it was probably typed in', () => {
    expect(plateletsToSI('230,000', 'x10^9/L')).toEqual({
      ok: false,
      errors: [{
        field: 'count',
        message: 'Did you mean 230,000 or 230? Enter it without the comma, like 230000 or 230. 230,000 ×10⁹/L is not a plausible platelet count. If it is a value in /µL, choose /µL.',
      }],
    });
    expect(plateletsToSI('230000', 'x10^9/L')).toMatchObject({ ok: false, errors: [{ message: expect.stringMatching(/looks like a value in \/µL, which would be 230 ×10⁹\/L/) }] });
  });

  it('blocks a count of 8 typed while /µL is chosen, naming ×10⁹/L and the way out', () => {
    expect(plateletsToSI('8', '/uL')).toEqual({
      ok: false,
      errors: [{
        field: 'count',
        message: '8 /µL would be 0.008 ×10⁹/L, not a plausible platelet count; it looks like a count in ×10⁹/L (8 ×10⁹/L). Choose ×10⁹/L, or type the count per µL in full, like 8,000.',
      }],
    });
  });

  it.each([
    ['abc', 'Enter the weight as a number, like 70 or 70.5.'],
    ['', 'Enter the weight.'],
    ['   ', 'Enter the weight.'],
    ['-3', 'The weight cannot be negative.'],
    ['40,5,3', '“40,5,3” cannot be read safely: a comma, dot or space may separate thousands only in groups of three digits (230,000), and a number has one decimal mark. Enter the weight as a number, like 70 or 70.5.'],
  ])('says what to type for “%s”, in plain words', (text, message) => {
    expect(weightToKg(text, 'kg')).toEqual({ ok: false, errors: [{ field: 'weightKg', message }] });
  });

  it('reads a decimal comma with a note, a plain decimal point without one, and "-0" as 0', () => {
    expect(weightToKg('72,5', 'kg')).toEqual({ ok: true, value: 72.5, warnings: [{ code: 'typed-number-read', message: '“72,5” was read as 72.5: the comma is the decimal mark.' }] });
    expect(weightToKg('72.5', 'kg')).toEqual({ ok: true, value: 72.5, warnings: [] });
    expect(heightToCm('-0', 'cm')).toMatchObject({ ok: false, errors: [{ message: 'The height must be between 30 cm and 250 cm.' }] });
    expect(plateletsToSI('1.234,5', 'x10^9/L')).toMatchObject({ ok: true, value: 1234.5, warnings: expect.arrayContaining([{ code: 'typed-number-read', message: '“1.234,5” was read as 1,234.5: one mark separates thousands and the last one is the decimal mark.' }]) });
    expect(haemoglobinToGdL("1'250", 'g/L')).toMatchObject({ ok: false });
  });

  it('reads ages and months typed without a unit choice by the same rules', () => {
    expect(readTypedValue('2,5', 'ageYears', ranges.ageYears)).toMatchObject({ ok: true, value: 2.5 });
    expect(readTypedValue(45, 'ageYears', ranges.ageYears)).toEqual({ ok: true, value: 45, warnings: [] });
    expect(readTypedValue('1,000', 'months', ranges.monthsSinceDiagnosis)).toMatchObject({ ok: false, errors: [{ field: 'months', message: expect.stringMatching(/^Did you mean 1,000 or 1\?/) }] });
    expect(readTypedValue('130', 'ageYears', ranges.ageYears)).toMatchObject({ ok: false, errors: [{ message: 'The age must be between 0 years and 120 years.' }] });
    expect(readTypedValue('x', 'ageYears', ranges.ageYears)).toMatchObject({ ok: false, errors: [{ message: 'Enter the age as a number, like 45 or 2.5.' }] });
  });
});

/** A value written in one separator style, as a person or a laboratory system would write it. */
type Style = (whole: string, fraction: string) => string;
const group = (whole: string, separator: string) => whole.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
const styles: Record<string, Style> = {
  'no separators': (w, f) => (f === '' ? w : `${w}.${f}`),
  'comma thousands, dot decimal': (w, f) => (f === '' ? group(w, ',') : `${group(w, ',')}.${f}`),
  'dot thousands, comma decimal': (w, f) => (f === '' ? group(w, '.') : `${group(w, '.')},${f}`),
  'space thousands, comma decimal': (w, f) => (f === '' ? group(w, ' ') : `${group(w, ' ')},${f}`),
  'thin space thousands, dot decimal': (w, f) => (f === '' ? group(w, '\u2009') : `${group(w, '\u2009')}.${f}`),
  'apostrophe thousands, dot decimal': (w, f) => (f === '' ? group(w, "'") : `${group(w, "'")}.${f}`),
};

const converters = [
  ['x10^9/L', plateletsToSI, 1], ['x10^3/uL', plateletsToSI, 1], ['/uL', plateletsToSI, 1 / 1000],
  ['kg', weightToKg, 1], ['lb', weightToKg, 0.45359237], ['cm', heightToCm, 1], ['in', heightToCm, 2.54],
  ['g/dL', haemoglobinToGdL, 1], ['g/L', haemoglobinToGdL, 1 / 10],
] as const;

describe('typed numbers: properties', () => {
  const valueArb = fc.tuple(fc.integer({ min: 0, max: 9_999_999 }), fc.constantFrom('', '5', '25', '125', '0625'));

  it('every separator style round-trips every value, or asks: never another number', () => {
    fc.assert(fc.property(valueArb, fc.constantFrom(...Object.keys(styles)), fc.constantFrom<Scale>('thousands', 'plain'), ([whole, wanted], style, scale) => {
      // Counts per µL are whole numbers: in the thousand-scale unit only whole values are written.
      const fraction = scale === 'thousands' ? '' : wanted;
      const value = Number(`${whole}.${fraction === '' ? '0' : fraction}`);
      const text = (styles[style] ?? styles['no separators'])(String(whole), fraction);
      const read = readTypedNumber(text, scale);
      if (read.ok) expect(read.value).toBe(value);
      else expect(read.reason).toBe('ambiguous');
    }), { numRuns: 2000 });
  });

  it('what the formatting gate writes (formatNumber: comma thousands, dot decimal) reads back as the same value, or asks', () => {
    fc.assert(fc.property(fc.double({ min: 0, max: 1e7, noNaN: true }), fc.constantFrom<Scale>('thousands', 'plain'), (value, scale) => {
      const shown = formatNumber(value, scale === 'thousands' ? 0 : 2);
      const read = readTypedNumber(shown, scale);
      if (read.ok) expect(read.value).toBe(Number(shown.replaceAll(',', '')));
      else expect(read.reason).toBe('ambiguous');
      if (scale === 'thousands') expect(read.ok).toBe(true);
    }), { numRuns: 2000 });
  });

  it('a count per µL written with comma or space thousands is always read as written', () => {
    fc.assert(fc.property(fc.integer({ min: 1000, max: 2_000_000 }), fc.constantFrom(',', ' ', '\u202F', "'"), (count, separator) => {
      const result = plateletsToSI(group(String(count), separator), '/uL');
      expect(result.ok && result.value).toBeCloseTo(count / 1000, 9);
    }));
  });

  it('for every unit, a value typed in any style converts by the unit’s factor or is refused: never by 1,000 more or less', () => {
    fc.assert(fc.property(valueArb, fc.constantFrom(...Object.keys(styles)), fc.constantFrom(...converters), ([whole, wanted], style, [unit, convert, factor]) => {
      const fraction = unit === '/uL' ? '' : wanted;
      const typed = Number(`${whole}.${fraction === '' ? '0' : fraction}`);
      const text = (styles[style] ?? styles['no separators'])(String(whole), fraction);
      const result = convert(text, unit);
      if (result.ok) expect(result.value).toBeCloseTo(typed * factor, 9);
    }), { numRuns: 2000 });
  });

  it('no text is read through a separator without a note saying how', () => {
    const text = fc.stringMatching(/^-?[0-9]{0,4}([,. '\u2009][0-9]{0,4}){0,3}$/);
    fc.assert(fc.property(text, fc.constantFrom(...converters), (typed, [unit, convert]) => {
      const result = convert(typed, unit);
      const plainEnglish = /^-?\s*\d*\.?\d*$/.test(typed.trim());
      if (result.ok && !plainEnglish) expect(result.warnings.map((note) => note.code)).toContain('typed-number-read');
    }), { numRuns: 3000 });
  });
});
