/**
 * Generic validation messages, worded for a clinician reading them beside a form field.
 * Domain modules keep their own specific wording beside their rules, but the shared shapes live here
 * so that "must be a number" reads the same everywhere.
 */

export const messages = {
  required: (label: string) => `Enter the ${label}.`,
  notANumber: (label: string) => `The ${label} must be a number.`,
  notFinite: (label: string) => `The ${label} must be a finite number.`,
  notInteger: (label: string) => `The ${label} must be a whole number.`,
  outOfRange: (label: string, min: string, max: string) =>
    `The ${label} must be between ${min} and ${max}.`,
  notOneOf: (label: string, allowed: readonly string[]) =>
    `The ${label} must be one of: ${allowed.join(', ')}.`,
  notAnObject: (label: string) => `The ${label} is missing or not in the expected form.`,
  notAList: (label: string) => `The ${label} must be a list.`,
  notBoolean: (label: string) => `The ${label} must be yes or no.`,
} as const;
