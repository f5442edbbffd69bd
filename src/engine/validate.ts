/**
 * Boundary checks shared by every public function. Inputs arrive from forms, URLs and other people's
 * code, so nothing here trusts the static types: each reader accepts `unknown` and either returns the
 * clean value or a `FieldError` naming the field. None of them throws.
 */
import type { FieldError } from './result';
import { messages } from './messages';
import { formatNumber, largestShown } from './format/number';
import { flag, optional, record, words } from './shape';

export interface NumberRule {
  /** Words for the field in a message, e.g. "weight". */
  label: string;
  min: number;
  max: number;
  /** Unit shown with the bounds in the message, e.g. "kg". */
  unit?: string;
  integer?: boolean;
  /** What to type, for the message when the input is not a number: "70 or 70.5". */
  example?: string;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The longest key or label a caller may pass: a word or two, not a paragraph. */
const MAX_CALLER_TEXT = 200;

/**
 * The caller's own short text (a field's key, a label for a message) when it is one — non-empty text of at
 * most 200 characters — else `fallback`: anything else would be written into a message as "[object Object]",
 * or throw, or make the message a page long.
 */
export function callerText(value: unknown, fallback: string): string {
  return typeof value === 'string' && value !== '' && value.length <= MAX_CALLER_TEXT ? value : fallback;
}

/**
 * A list's entries, a hole read as a missing entry (undefined), so that every position is checked and named:
 * `forEach` and `map` skip holes, which once let `[ , ]` through as an empty series that later code indexed.
 * Undefined when `value` is not a list or has more than `max` positions (a long sparse list is not a list
 * anyone typed, and reading it would take minutes).
 */
export function listEntries(value: unknown, max: number): unknown[] | undefined {
  return Array.isArray(value) && value.length <= max ? Array.from(value) : undefined;
}

/** A bound the formatting gate can print (it refuses from 10²¹ up): a rule's bounds appear in its message. */
const printable = (value: unknown) => typeof value === 'number' && Number.isFinite(value) && Math.abs(value) < largestShown;
export const isNumberRule = record({
  label: words, min: printable, max: printable, unit: optional(words), integer: optional(flag), example: optional(words),
});

function bound(n: number, unit: string | undefined): string {
  return unit ? `${formatNumber(n)} ${unit}` : formatNumber(n);
}

/**
 * Reads a number at all, without its range: absent, text (typed numbers are read by typed-input.ts first),
 * NaN and ±Infinity are each an error in words. The first half of `readNumber`, for readers that check the
 * range in their own terms.
 */
export function readFinite(value: unknown, field: string, rule: NumberRule): number | FieldError {
  const key = callerText(field, 'value');
  if (!isNumberRule(rule)) return { field: key, message: messages.noRule };
  if (value === undefined || value === null || value === '') return { field: key, message: messages.required(rule.label) };
  // NaN and Infinity are not numbers to a reader either: the same plain message.
  if (typeof value !== 'number' || !Number.isFinite(value)) return { field: key, message: messages.notANumber(rule.label, rule.example) };
  return value;
}

/** Reads a required number in [min, max]. */
export function readNumber(value: unknown, field: string, rule: NumberRule): number | FieldError {
  const read = readFinite(value, field, rule);
  if (isFieldError(read)) return read;
  const key = callerText(field, 'value');
  if (rule.integer && !Number.isInteger(read)) {
    return { field: key, message: messages.notInteger(rule.label) };
  }
  if (read < rule.min || read > rule.max) {
    return { field: key, message: messages.outOfRange(rule.label, bound(rule.min, rule.unit), bound(rule.max, rule.unit)) };
  }
  return read;
}

/** Reads an optional number: `undefined` stays `undefined`, anything else must pass the rule. */
export function readOptionalNumber(
  value: unknown,
  field: string,
  rule: NumberRule,
): number | undefined | FieldError {
  return notGiven(value) ? undefined : readNumber(value, field, rule);
}

/**
 * An optional answer left out. Our reading: `null` (how JSON and many forms say "no value") and an empty
 * string (a blank field) mean the same as leaving it out, "not known", which the engine reads as unknown and
 * handles as such (DESIGN.md: unknown is not "no"); only a value that is there and wrong is an error.
 */
export const notGiven = (value: unknown): boolean => value === undefined || value === null || value === '';

/** Reads a value that must be one of a closed list of strings. */
export function readChoice<T extends string>(
  value: unknown,
  field: string,
  label: string,
  allowed: readonly T[],
): T | FieldError {
  if (value === undefined || value === null || value === '') return { field, message: messages.required(label) };
  const match = allowed.find((choice) => choice === value);
  return match ?? { field, message: messages.notOneOf(label, allowed) };
}

/** Reads an optional boolean. */
export function readOptionalBoolean(value: unknown, field: string, label: string): boolean | undefined | FieldError {
  if (notGiven(value)) return undefined;
  return typeof value === 'boolean' ? value : { field, message: messages.notBoolean(label) };
}

export function isFieldError(value: unknown): value is FieldError {
  return isRecord(value) && typeof value.field === 'string' && typeof value.message === 'string';
}

/** Plausible ranges shared across modules (issue #4): a value outside them is almost always a typing error. */
export const ranges = {
  weightKg: { label: 'weight', min: 0.5, max: 350, unit: 'kg', example: '70 or 70.5' },
  heightCm: { label: 'height', min: 30, max: 250, unit: 'cm', example: '170 or 170.5' },
  ageYears: { label: 'age', min: 0, max: 120, unit: 'years', example: '45 or 2.5' },
  plateletCount: { label: 'platelet count', min: 0, max: 2000, unit: '×10⁹/L', example: '45 or 12.5' },
  monthsSinceDiagnosis: { label: 'time since diagnosis', min: 0, max: 1200, unit: 'months', example: '6 or 2.5' },
  day: { label: 'day', min: 0, max: 3650, unit: 'days', integer: true, example: '14' },
} as const satisfies Record<string, NumberRule>;
