/**
 * Boundary checks shared by every public function. Inputs arrive from forms, URLs and other people's
 * code, so nothing here trusts the static types: each reader accepts `unknown` and either returns the
 * clean value or a `FieldError` naming the field. None of them throws.
 */
import type { FieldError } from './result';
import { messages } from './messages';
import { formatNumber } from './format/number';

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

function bound(n: number, unit: string | undefined): string {
  return unit ? `${formatNumber(n)} ${unit}` : formatNumber(n);
}

/** Reads a required number in [min, max]. */
export function readNumber(value: unknown, field: string, rule: NumberRule): number | FieldError {
  if (value === undefined || value === null || value === '') {
    return { field, message: messages.required(rule.label) };
  }
  // NaN and Infinity are not numbers to a reader either: the same plain message.
  if (typeof value !== 'number' || !Number.isFinite(value)) return { field, message: messages.notANumber(rule.label, rule.example) };
  if (rule.integer && !Number.isInteger(value)) {
    return { field, message: messages.notInteger(rule.label) };
  }
  if (value < rule.min || value > rule.max) {
    return { field, message: messages.outOfRange(rule.label, bound(rule.min, rule.unit), bound(rule.max, rule.unit)) };
  }
  return value;
}

/** Reads an optional number: `undefined` stays `undefined`, anything else must pass the rule. */
export function readOptionalNumber(
  value: unknown,
  field: string,
  rule: NumberRule,
): number | undefined | FieldError {
  return value === undefined ? undefined : readNumber(value, field, rule);
}

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
  if (value === undefined) return undefined;
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
