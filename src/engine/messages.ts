/**
 * Generic validation messages, worded for a clinician reading them beside a form field: plain words, an
 * example of what to type, never a programmer's word ("finite", "NaN"). Domain modules keep their own
 * specific wording beside their rules, but the shared shapes live here so that a message reads the same everywhere.
 */

/** The most characters of typed text a message quotes: enough to recognise it, never the whole of a paste. */
const QUOTE_LENGTH = 40;

/**
 * Typed text as a message quotes it, in quotation marks: trimmed, and cut to 40 characters with "…" so that
 * a pasted page never becomes the message.
 */
export function quote(typed: string): string {
  const trimmed = typed.trim();
  const chars = [...trimmed];
  return `“${chars.length > QUOTE_LENGTH ? `${chars.slice(0, QUOTE_LENGTH).join('')}…` : trimmed}”`;
}

/** "like 70 or 70.5" unless the field has its own example. */
const like = (example: string | undefined) => ` as a number, like ${example ?? '70 or 70.5'}`;

export const messages = {
  required: (label: string) => `Enter the ${label}.`,
  /** Not a number at all (text, NaN, Infinity): say what to type instead. */
  notANumber: (label: string, example?: string) => `Enter the ${label}${like(example)}.`,
  notInteger: (label: string) => `Enter the ${label} as a whole number.`,
  outOfRange: (label: string, min: string, max: string) =>
    `The ${label} must be between ${min} and ${max}.`,
  negative: (label: string) => `The ${label} cannot be negative.`,
  /** "1,000" where a comma could separate thousands or mark decimals (typed-number.ts). */
  ambiguous: (thousands: string, decimal: string, mark: 'comma' | 'dot', plainThousands: string, plainDecimal: string) =>
    `Did you mean ${thousands} or ${decimal}? Enter it without the ${mark}, like ${plainThousands} or ${plainDecimal}.`,
  /** "40,5,3": separators that follow no rule. */
  badGroups: (typed: string, label: string, example?: string) =>
    `${quote(typed)} cannot be read safely: a comma, dot or space may separate thousands only in groups of three digits (230,000), and a number has one decimal mark. Enter the ${label}${like(example)}.`,
  notOneOf: (label: string, allowed: readonly string[]) =>
    `The ${label} must be one of: ${allowed.join(', ')}.`,
  notAnObject: (label: string) => `The ${label} is missing or not in the expected form.`,
  notAList: (label: string) => `The ${label} must be a list.`,
  notBoolean: (label: string) => `The ${label} must be yes or no.`,
  /** More entries than the field can hold: "Enter at most 3,651 platelet counts." (`most` already formatted). */
  tooMany: (most: string, label: string) => `Enter at most ${most} ${label}.`,
  /** A reader's own rule that is not a rule (a caller's mistake, never a reader's). */
  noRule: 'This value cannot be checked: the rule for it is missing or not in the expected form.',
} as const;
