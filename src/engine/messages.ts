/**
 * Generic validation messages, worded for a clinician reading them beside a form field: plain words, an
 * example of what to type, never a programmer's word ("finite", "NaN"). Domain modules keep their own
 * specific wording beside their rules, but the shared shapes live here so that a message reads the same everywhere.
 */

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
    `“${typed}” cannot be read safely: a comma, dot or space may separate thousands only in groups of three digits (230,000), and a number has one decimal mark. Enter the ${label}${like(example)}.`,
  notOneOf: (label: string, allowed: readonly string[]) =>
    `The ${label} must be one of: ${allowed.join(', ')}.`,
  notAnObject: (label: string) => `The ${label} is missing or not in the expected form.`,
  notAList: (label: string) => `The ${label} must be a list.`,
  notBoolean: (label: string) => `The ${label} must be yes or no.`,
} as const;
