import { expect } from 'vitest';
import { boundText } from '../../../../src/engine/titration';
import { titrate, titrationTable } from '../../../../src/engine/titration/all-agents';
import type { LabelTable, TitrationInput, TitrationStep, TitrationValue } from '../../../../src/engine/titration';
import { titrationVectors, vectorAnswer, type TitrationVector } from '../../../../src/engine/titration/vectors';
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

/** A label table's rows as "state | bounds | action (wait)": the lines a reviewer reads against the label. */
export function labelLines(agent: string, ruleset = 'us-label'): string[] {
  const result = titrationTable(agent, ruleset);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value.rows.map((row) => {
    const when = row.when === undefined
      ? 'otherwise'
      : Object.entries(row.when).map(([name, bound]) => (typeof bound === 'object' ? `${name} ${boundText(bound)}` : name === 'dose' ? `dose ${bound}` : `${name} ${bound}`)).join(', ');
    return `${row.state} | ${when} | ${row.action}${row.waitWords ? ` (${row.waitWords})` : ''}${row.reading ? ' (our reading)' : ''}`;
  });
}

/** A label table for a reader, which must exist. */
export function labelTable(agent: string, ruleset = 'us-label'): LabelTable {
  const result = titrationTable(agent, ruleset);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

/** A worked example's row (src/engine/titration/vectors), which must exist. */
export function example(id: string): TitrationVector {
  const found = titrationVectors.find((vector) => vector.id === id);
  if (!found) throw new Error(`no worked example ${id}`);
  return found;
}

/** The engine input of a titration worked example: the tests below assert what else its steps say. */
export function exampleInput(id: string): TitrationInput {
  const { check } = example(id);
  if (check.kind !== 'titration') throw new Error(`${id} is not a titration`);
  return check.input;
}

/** The rows of one worked-example module as it.each rows: [id, what it shows, row]. */
export const exampleRows = (vectors: readonly TitrationVector[]) => vectors.map((vector) => [vector.id, vector.shows, vector] as const);

/** The engine's answer for a row equals the row's expectation: every value a worked example states, pinned once. */
export function expectExample(vector: TitrationVector): void {
  expect(vectorAnswer(vector), vector.id).toEqual(vector.check.expected);
}
