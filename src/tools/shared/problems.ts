/**
 * What stops a tool from giving a result, in words, with the key of the field to fix: the store's own name
 * for the input ("case.weight", "titration.rows.2.count"), never a DOM id. The view that shows the field
 * gives its control an id from that key (each tool's control-ids.ts), lists the problems in its result region
 * and links each to its control, so a reader can go straight to it.
 */
import type { FieldError } from '../../engine';

export interface Problem<Field extends string = string> {
  /** The field to fix, e.g. "case.weight". */
  field: Field;
  message: string;
}

/**
 * The engine's errors as problems: `fields` maps an engine field ("weightKg") to the store's field; one
 * the map does not name points at `fallback` (the tool's first control).
 */
export function engineProblems<F extends string>(errors: readonly FieldError[], fields: Readonly<Record<string, F>>, fallback: NoInfer<F>): Problem<F>[] {
  return errors.map((error) => ({ field: fields[error.field] ?? fallback, message: error.message }));
}
