import { titrate } from '../../../../src/engine/titration';
import type { TitrationStep, TitrationValue } from '../../../../src/engine/titration';
import type { Note, Result } from '../../../../src/engine/result';

/** titrate with an untyped input, as a form or URL would pass it. */
export const titrateAny = titrate as (input: unknown) => Result<TitrationValue>;

/** The value of a titration that must succeed. */
export function run(input: unknown): { steps: TitrationStep[]; warnings: Note[]; value: TitrationValue } {
  const result = titrateAny(input);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return { steps: result.value.steps, warnings: result.warnings, value: result.value };
}

/** The last step of a titration that must succeed. */
export function last(input: unknown): TitrationStep {
  const { steps } = run(input);
  const step = steps.at(-1);
  if (!step) throw new Error('no steps');
  return step;
}

/** Counts one week apart from day 0. */
export function weekly(...counts: number[]): { day: number; count: number }[] {
  return counts.map((count, index) => ({ day: index * 7, count }));
}

/** Counts on the given days: pairs of [day, count]. */
export function onDays(...pairs: [number, number][]): { day: number; count: number }[] {
  return pairs.map(([day, count]) => ({ day, count }));
}

export function codes(warnings: Note[]): string[] {
  return warnings.map((note) => note.code);
}

/** The fields of a failed result's errors. */
export function errorFields(input: unknown): string[] {
  const result = titrateAny(input);
  if (result.ok) throw new Error('expected errors');
  return result.errors.map((error) => error.field);
}
