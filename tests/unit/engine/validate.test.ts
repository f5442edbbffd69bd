// The shared boundary readers: every message names the field and says what is wrong, in words.
import { describe, expect, it } from 'vitest';
import { isFieldError, readChoice, readNumber, readOptionalBoolean, readOptionalNumber } from '../../../src/engine/validate';

describe('readNumber', () => {
  const rule = { label: 'dose level', min: 1, max: 6, integer: true };

  it.each([
    [undefined, 'Enter the dose level.'],
    ['3', 'Enter the dose level as a number, like 70 or 70.5.'],
    [Number.NaN, 'Enter the dose level as a number, like 70 or 70.5.'],
    [Number.POSITIVE_INFINITY, 'Enter the dose level as a number, like 70 or 70.5.'],
    [2.5, 'Enter the dose level as a whole number.'],
    [7, 'The dose level must be between 1 and 6.'],
  ])('%s → "%s"', (value, message) => {
    expect(readNumber(value, 'level', rule)).toEqual({ field: 'level', message });
  });

  it('states the bounds with their unit when the rule has one', () => {
    expect(readNumber(400, 'weightKg', { label: 'weight', min: 0.5, max: 350, unit: 'kg' })).toEqual({
      field: 'weightKg',
      message: 'The weight must be between 0.5 kg and 350 kg.',
    });
  });

  it('returns the number itself when it is within the bounds', () => {
    expect(readNumber(6, 'level', rule)).toBe(6);
    expect(readOptionalNumber(undefined, 'level', rule)).toBeUndefined();
  });
});

describe('readChoice and readOptionalBoolean', () => {
  it('accepts only listed choices and says which are allowed', () => {
    expect(readChoice('dubois', 'formula', 'BSA formula', ['mosteller', 'dubois'])).toBe('dubois');
    expect(readChoice('haycock', 'formula', 'BSA formula', ['mosteller', 'dubois'])).toEqual({
      field: 'formula',
      message: 'The BSA formula must be one of: mosteller, dubois.',
    });
    expect(readChoice('', 'formula', 'BSA formula', ['mosteller'])).toEqual({ field: 'formula', message: 'Enter the BSA formula.' });
  });

  it('reads yes/no flags and rejects anything else', () => {
    expect(readOptionalBoolean(true, 'pregnant', 'pregnancy')).toBe(true);
    expect(readOptionalBoolean(undefined, 'pregnant', 'pregnancy')).toBeUndefined();
    const error = readOptionalBoolean('yes', 'pregnant', 'pregnancy');
    expect(isFieldError(error)).toBe(true);
  });
});
