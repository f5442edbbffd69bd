/** The ids the case panel gives its controls: the stores name fields ("case.weight"), the view its controls. */
import type { CaseFields } from './case';

export function caseFieldId(key: keyof CaseFields): string {
  return `case-${key}`;
}

/** The control of a case field named by its key, e.g. "case.weight" → "case-weight". */
export function caseControlId(field: string): string {
  return field.replace('case.', 'case-');
}
