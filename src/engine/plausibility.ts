/**
 * Boundary reading this part of the engine adds to validate.ts: collecting one error per field into a
 * failed result, and reading a day-ordered series of platelet counts.
 */
import { formatNumber } from './format/number';
import { messages } from './messages';
import { fail, ok, type FieldError, type Result } from './result';
import { countInEngineUnit } from './units';
import { isFieldError, isRecord, listEntries, ranges, readNumber } from './validate';

/** True when at least one error was collected, typed so that `fail(errors)` accepts the list. */
export function hasErrors(errors: FieldError[]): errors is [FieldError, ...FieldError[]] {
  return errors.length > 0;
}

/** One reader's output per field: the clean value or the error for that field. */
export type Reads<T> = { [K in keyof T]: T[K] | FieldError };

/**
 * Gathers field reads: the clean values when every read succeeded, otherwise every error, one per field,
 * so that a form can mark all its problems at once.
 */
export function collectFields<T extends object>(reads: Reads<T>): Result<T> {
  const errors = Object.values(reads).filter(isFieldError);
  // With no error among them, every read is its clean value: Reads<T> is then exactly T.
  return hasErrors(errors) ? fail(errors) : ok(reads as T);
}

/** The most counts a series can hold: one a day, from day 0 to the last day a count may have. */
export const mostCounts = ranges.day.max + 1;

/** One platelet count (×10⁹/L) on a day. */
export interface DayCount {
  day: number;
  count: number;
}

/**
 * Reads a list of `{ day, count }`: whole days in range and strictly increasing, counts in ×10⁹/L (a count
 * that looks typed per µL gets an error saying so). Errors name the entry, e.g. "counts[1].day".
 */
export function readCountSeries(value: unknown, field: string): Result<DayCount[]> {
  if (!Array.isArray(value)) return fail([{ field, message: messages.notAList('platelet counts') }]);
  // One count a day at most, days 0 to 3,650: a longer list cannot be read (and a long sparse one would take minutes).
  const entries = listEntries(value, mostCounts);
  if (entries === undefined) return fail([{ field, message: messages.tooMany(formatNumber(mostCounts), 'platelet counts') }]);
  if (entries.length === 0) return fail([{ field, message: 'Enter at least one platelet count with its day.' }]);
  const errors: FieldError[] = [];
  const series: DayCount[] = [];
  let previousDay: number | undefined;
  entries.forEach((entry, index) => {
    const at = `${field}[${index}]`;
    if (!isRecord(entry)) {
      errors.push({ field: at, message: messages.notAnObject(`count number ${index + 1}`) });
      return;
    }
    const day = readNumber(entry.day, `${at}.day`, ranges.day);
    // The engine's callers pass numbers; typed text is read by the units module before it gets here.
    const count = typeof entry.count === 'number'
      ? countInEngineUnit(entry.count, `${at}.count`)
      : fail<number>([{ field: `${at}.count`, message: messages.notANumber(ranges.plateletCount.label, ranges.plateletCount.example) }]);
    if (isFieldError(day)) {
      errors.push(day);
    } else {
      if (previousDay !== undefined && day <= previousDay) {
        errors.push({
          field: `${at}.day`,
          message: `Day ${formatNumber(day)} does not come after day ${formatNumber(previousDay)} of the count before it; enter one count per day, in day order.`,
        });
      }
      previousDay = day;
    }
    if (!count.ok) errors.push(...count.errors);
    else if (!isFieldError(day)) series.push({ day, count: count.value });
  });
  return hasErrors(errors) ? fail(errors) : ok(series);
}
