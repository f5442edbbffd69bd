/**
 * The engine's result envelope. Every public function returns a `Result` instead of throwing, so a
 * caller (an island, an embed host, a script) can show each problem beside the field that caused it.
 */

/** One problem with one input. `field` is the input's key as the caller passed it, e.g. "weightKg". */
export interface FieldError {
  field: string;
  message: string;
}

/** Something the prescriber must see alongside a result: a warning, a rule choice, a caveat. */
export interface Note {
  code: string;
  message: string;
  /** Key of an entry in the references collection. */
  citation?: string;
  /**
   * Set on a population limit of a regimen (regimens/limits.ts), which always comes first in `warnings`:
   * 'contraindicated' — the sources say not to give it to this patient; 'no-data' — the sources give no dose
   * for this population; 'caution' — a rule for this population changes or restricts the plan. A view shows
   * the dose of a plan with a 'contraindicated' or 'no-data' note only when the reader asks for it.
   */
  limit?: 'contraindicated' | 'no-data' | 'caution';
  /** The drug of the plan a note concerns, when it concerns one item only (e.g. vincristine in the rescue). */
  drug?: string;
}

/** Whether these notes hold back a plan's dose until the reader asks: a 'contraindicated' or 'no-data' limit. */
export const withholdsDose = (notes: readonly Note[]): boolean =>
  notes.some((note) => note.limit === 'contraindicated' || note.limit === 'no-data');

export type Result<T> =
  | { ok: true; value: T; warnings: Note[] }
  | { ok: false; errors: FieldError[] };

export function ok<T>(value: T, warnings: Note[] = []): Result<T> {
  return { ok: true, value, warnings };
}

/** A failed result. Callers pass at least one error; the contract promises `errors` is never empty. */
export function fail<T>(errors: [FieldError, ...FieldError[]]): Result<T> {
  return { ok: false, errors };
}
