/**
 * Dates and weeks ↔ days from the first dose, for counts entered by date or by week. Whole calendar days
 * in UTC, so a change to or from daylight-saving time never makes a week 6 or 8 days long. Not clinical:
 * the engine only ever sees the day numbers.
 */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 for a real calendar date written YYYY-MM-DD; undefined for anything else. */
function dayNumber(iso: string): number | undefined {
  const match = ISO_DATE.exec(iso);
  if (match === null) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(year, month - 1, day);
  const date = new Date(time);
  // Date.UTC rolls 2026-02-30 over to 2 March: only a date that reads back the same is real.
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return time / MS_PER_DAY;
}

export function isIsoDate(text: string): boolean {
  return dayNumber(text) !== undefined;
}

/** Whole days from `from` to `to` (negative when `to` is earlier); undefined unless both are dates. */
export function daysBetween(from: string, to: string): number | undefined {
  const start = dayNumber(from);
  const end = dayNumber(to);
  return start === undefined || end === undefined ? undefined : end - start;
}

/** The date `days` whole days after `iso`; undefined unless `iso` is a date and `days` a whole number. */
export function addDays(iso: string, days: number): string | undefined {
  const start = dayNumber(iso);
  if (start === undefined || !Number.isSafeInteger(days)) return undefined;
  const date = new Date((start + days) * MS_PER_DAY);
  // Beyond ±275,000 years the Date is invalid and toISOString would throw: a typing error, not a date.
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString().slice(0, 10);
}

const WEEKS = /^\s*(\d+)\s*(?:\+\s*([0-6]))?\s*$/;

/** A day as weeks, with the days over a whole week after "+": "14" → "2", "17" → "2+3"; anything else as it is. */
export function weekText(day: string): string {
  const trimmed = day.trim();
  const days = /^\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN;
  if (!Number.isSafeInteger(days)) return day;
  const rest = days % 7;
  return rest === 0 ? String(days / 7) : `${(days - rest) / 7}+${rest}`;
}

/**
 * Weeks typed ("2", or "2+3" for a count 3 days into week 2) as the day to store; text that is not weeks, or
 * weeks beyond a whole number of days JavaScript counts exactly, is kept as typed, so the reader sees it again
 * with the engine's error beside it.
 */
export function weeksToDay(text: string): string {
  const match = WEEKS.exec(text);
  const day = match === null ? Number.NaN : Number(match[1]) * 7 + Number(match[2] ?? 0);
  // A week number of hundreds of digits is no week: kept as typed (the engine's error says so), never "Infinity".
  return Number.isSafeInteger(day) ? String(day) : text;
}
