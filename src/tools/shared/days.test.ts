// Calendar dates ↔ days from the first dose, for counts entered by date.
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, isIsoDate, weeksToDay, weekText } from './days';

describe('daysBetween', () => {
  it.each([
    ['2026-01-05', '2026-01-05', 0],
    ['2026-01-05', '2026-01-12', 7],
    ['2026-03-25', '2026-04-01', 7], // across the European clock change: still a week
    ['2024-02-28', '2024-03-01', 2], // leap year
    ['2026-01-12', '2026-01-05', -7],
  ])('%s → %s is %i days', (from, to, days) => {
    expect(daysBetween(from, to)).toBe(days);
  });

  it.each([['', '2026-01-05'], ['2026-02-30', '2026-03-01'], ['2026-1-5', '2026-01-05'], ['yesterday', '2026-01-05']])(
    'is undefined unless both are calendar dates: %s, %s',
    (from, to) => {
      expect(daysBetween(from, to)).toBeUndefined();
    },
  );
});

describe('addDays', () => {
  it('adds whole days across months and years', () => {
    expect(addDays('2026-12-28', 7)).toBe('2027-01-04');
    expect(addDays('2026-01-05', 0)).toBe('2026-01-05');
  });

  it('refuses a fraction, a non-date and a day too far to be a date', () => {
    expect(addDays('2026-01-05', 1.5)).toBeUndefined();
    expect(addDays('not a date', 7)).toBeUndefined();
    expect(addDays('2026-01-05', 9e15)).toBeUndefined();
  });
});

it('isIsoDate accepts only real YYYY-MM-DD dates', () => {
  expect(isIsoDate('2026-11-24')).toBe(true);
  expect(isIsoDate('2026-11-31')).toBe(false);
  expect(isIsoDate('24/11/2026')).toBe(false);
});

describe('weeks', () => {
  it.each([['0', '0'], ['14', '2'], ['17', '2+3'], ['', ''], ['abc', 'abc'], ['1.5', '1.5'], ['9'.repeat(308), '9'.repeat(308)]])('day %s reads as week %s', (day, week) => {
    expect(weekText(day)).toBe(week);
  });

  it.each([['2', '14'], ['2+3', '17'], [' 2 + 3 ', '17'], ['0', '0'], ['2+', '2+'], ['2+7', '2+7'], ['1.5', '1.5'], ['9'.repeat(308), '9'.repeat(308)]])(
    'week %s is stored as day %s (text that is not weeks is kept as typed)',
    (week, day) => {
      expect(weeksToDay(week)).toBe(day);
    },
  );
});
