/**
 * The case's fields as problems name them ("case.weight"), and the problems that come from the case itself:
 * a field that was filled in but cannot be read.
 */
import type { Problem } from '../shared/problems';
import type { CaseFields } from './case';

export type CaseFieldKey = `case.${keyof CaseFields}`;

export const caseField = <K extends keyof CaseFields>(key: K): `case.${K}` => `case.${key}`;

/** The case fields' parse or range errors, for the fields a tool reads. */
export function caseProblems(errors: Partial<Record<keyof CaseFields, string>>, keys: readonly (keyof CaseFields)[]): Problem<CaseFieldKey>[] {
  return keys.flatMap((key) => {
    const message = errors[key];
    return message === undefined ? [] : [{ field: caseField(key), message }];
  });
}
