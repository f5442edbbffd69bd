// Months between two calendar dates: the diagnosis date typed instead of "months since diagnosis".
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { monthsBetween } from '../../../src/engine/dates';

describe('monthsBetween', () => {
  it.each([
    ['2026-11-24', '2026-11-24', 0],
    ['2026-01-15', '2026-11-24', 10.3], // 10 months to 15 November, then 9 of 30 days
    ['2025-11-24', '2026-11-24', 12], // the splenectomy threshold falls on the anniversary, not before
    ['2025-11-25', '2026-11-24', 11.96], // one day short: rounded down, never up to 12
    ['2026-08-24', '2026-11-23', 2.96], // one day short of 3 months
    ['2026-08-24', '2026-11-24', 3],
    ['2026-01-31', '2026-02-28', 1], // the anniversary of the 31st in February is its last day
    ['2024-01-31', '2024-02-29', 1], // leap year
    ['2024-02-29', '2025-02-28', 12],
    ['2026-01-31', '2026-02-27', 0.96], // 27 of the 28 days from 31 January to the February anniversary
    ['2025-12-20', '2026-01-05', 0.51], // across a year end: 16 of 31 days
  ])('%s → %s: %d months', (from, to, months) => {
    expect(monthsBetween(from, to)).toEqual({ ok: true, value: months, warnings: [] });
  });

  it.each([
    ['2026-11-1', '2026-11-24', [{ field: 'fromIsoDate', message: 'Enter the start date as a date (YYYY-MM-DD).' }]],
    [20261101, '2026-11-24', [{ field: 'fromIsoDate', message: 'Enter the start date as a date (YYYY-MM-DD).' }]],
    ['2026-02-30', '2026-11-24', [{ field: 'fromIsoDate', message: 'The start date is not a date in the calendar.' }]],
    ['2026-13-01', '2026-11-24', [{ field: 'fromIsoDate', message: 'The start date is not a date in the calendar.' }]],
    ['2026-00-10', '2026-11-24', [{ field: 'fromIsoDate', message: 'The start date is not a date in the calendar.' }]],
    ['2026-01-00', '2026-11-24', [{ field: 'fromIsoDate', message: 'The start date is not a date in the calendar.' }]],
    ['2026-11-01', undefined, [{ field: 'toIsoDate', message: 'Enter the end date as a date (YYYY-MM-DD).' }]],
    ['x', null, [
      { field: 'fromIsoDate', message: 'Enter the start date as a date (YYYY-MM-DD).' },
      { field: 'toIsoDate', message: 'Enter the end date as a date (YYYY-MM-DD).' },
    ]],
    ['2026-11-25', '2026-11-24', [{ field: 'fromIsoDate', message: 'The start date cannot be after the end date.' }]],
  ])('rejects %j → %j', (from, to, errors) => {
    expect(monthsBetween(from, to)).toEqual({ ok: false, errors });
  });

  it('names the dates as the caller asks', () => {
    expect(monthsBetween('2026-12-01', '2026-11-24', { from: 'diagnosis date', to: 'date today' })).toEqual({
      ok: false, errors: [{ field: 'fromIsoDate', message: 'The diagnosis date cannot be after the date today.' }],
    });
  });

  const isoDay = (n: number) => new Date(n * 86_400_000).toISOString().slice(0, 10);
  const days = fc.integer({ min: 0, max: 80_000 });

  it('never goes down as the second date moves later, and gains about one month per month', () => {
    fc.assert(fc.property(days, fc.integer({ min: 0, max: 5_000 }), fc.integer({ min: 0, max: 60 }), (start, span, more) => {
      const a = monthsBetween(isoDay(start), isoDay(start + span));
      const b = monthsBetween(isoDay(start), isoDay(start + span + more));
      if (!a.ok || !b.ok) return false;
      const approx = span / 30.436875;
      return b.value >= a.value && Math.abs(a.value - approx) < 1.1 && Number.isFinite(b.value);
    }));
  });
});
