/**
 * Calendar months between two ISO dates, for "months since diagnosis" typed as a date. The engine has no
 * clock: the caller passes today's date. Months are counted as a person counts them — the anniversary of
 * the first date's day in each later month (clamped to the month's last day, so 31 January → 28 February
 * is one month) — plus the fraction of the month under way, rounded down to 0.01. Rounding down never
 * moves a patient across a threshold early (3 and 12 months: phase; 12 months: splenectomy).
 */
import { fail, ok, type FieldError, type Result } from './result';
import { callerText, isFieldError, isRecord } from './validate';

interface CalendarDate {
  year: number;
  /** 1–12. */
  month: number;
  day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function readIsoDate(value: unknown, field: string, label: string): CalendarDate | FieldError {
  const match = typeof value === 'string' ? ISO_DATE.exec(value) : null;
  if (match === null) return { field, message: `Enter the ${label} as a date (YYYY-MM-DD).` };
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return { field, message: `The ${label} is not a date in the calendar.` };
  }
  return { year, month, day };
}

function dayNumber(date: CalendarDate): number {
  return Date.UTC(date.year, date.month - 1, date.day) / MS_PER_DAY;
}

/** The date `months` calendar months after `from`, on the same day or the month's last day. */
function anniversary(from: CalendarDate, months: number): number {
  const index = from.month - 1 + months;
  const year = from.year + Math.floor(index / 12);
  const month = (index % 12) + 1;
  return dayNumber({ year, month, day: Math.min(from.day, daysInMonth(year, month)) });
}

/** Words for the two dates in messages, e.g. `{ from: 'diagnosis date', to: 'date today' }`. */
export interface DateLabels {
  from: string;
  to: string;
}

const defaultLabels: DateLabels = { from: 'start date', to: 'end date' };

/**
 * Months from `fromIsoDate` to `toIsoDate` (both YYYY-MM-DD), as completed months plus the fraction of the
 * current one, rounded down to 2 decimals. Errors name the argument: "fromIsoDate" or "toIsoDate".
 * @example monthsBetween('2026-01-15', '2026-11-24') // ok, 10.3 (10 months to 15 November, then 9 of 30 days)
 */
export function monthsBetween(fromIsoDate: unknown, toIsoDate: unknown, given: DateLabels = defaultLabels): Result<number> {
  const words = isRecord(given) ? given : defaultLabels;
  const labels = { from: callerText(words.from, defaultLabels.from), to: callerText(words.to, defaultLabels.to) };
  const from = readIsoDate(fromIsoDate, 'fromIsoDate', labels.from);
  const to = readIsoDate(toIsoDate, 'toIsoDate', labels.to);
  if (isFieldError(from)) return fail(isFieldError(to) ? [from, to] : [from]);
  if (isFieldError(to)) return fail([to]);
  const end = dayNumber(to);
  if (dayNumber(from) > end) {
    return fail([{ field: 'fromIsoDate', message: `The ${labels.from} cannot be after the ${labels.to}.` }]);
  }
  let whole = (to.year - from.year) * 12 + (to.month - from.month);
  if (anniversary(from, whole) > end) whole -= 1;
  const start = anniversary(from, whole);
  const hundredths = Math.floor((100 * (end - start)) / (anniversary(from, whole + 1) - start));
  return ok((whole * 100 + hundredths) / 100);
}
