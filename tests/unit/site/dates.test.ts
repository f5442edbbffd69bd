import { describe, expect, it } from 'vitest';
import { formatLongDate, isoDay } from '../../../src/lib/dates';

describe('dates', () => {
  it('writes the day, month name and year, unambiguous in every country', () => {
    expect(formatLongDate(new Date('2026-11-24'))).toBe('24 November 2026');
    expect(formatLongDate(new Date('2026-01-02'))).toBe('2 January 2026');
    expect(isoDay(new Date('2026-11-24'))).toBe('2026-11-24');
  });
});
