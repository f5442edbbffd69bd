/**
 * What stops a tool from giving a result, in words, with the id of the control to fix. The tool lists
 * these in its result region, each linking to its control, so a reader can go straight to it.
 */
import type { FieldError } from '../../engine';
import type { CaseFields } from '../case/case';

export interface Problem {
  /** The id of the control to fix, e.g. "case-weight". */
  target: string;
  message: string;
}

/** The id the case panel gives a field's control, e.g. "case-weight". */
export function caseFieldId(key: keyof CaseFields): string {
  return `case-${key}`;
}

/** The case fields' parse or range errors, for the fields a tool reads. */
export function caseProblems(errors: Partial<Record<keyof CaseFields, string>>, keys: readonly (keyof CaseFields)[]): Problem[] {
  return keys.flatMap((key) => {
    const message = errors[key];
    return message === undefined ? [] : [{ target: caseFieldId(key), message }];
  });
}

/**
 * The engine's errors as problems: `targets` maps an engine field ("weightKg") to a control id; a field
 * the map does not name points at `fallback` (the tool's own heading).
 */
export function engineProblems(errors: readonly FieldError[], targets: Readonly<Record<string, string>>, fallback: string): Problem[] {
  return errors.map((error) => ({ target: targets[error.field] ?? fallback, message: error.message }));
}
