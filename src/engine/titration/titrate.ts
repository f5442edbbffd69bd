/**
 * `titrate`: a week-by-week walk of one agent's label table over the counts entered (DESIGN.md, engine
 * contract). Every result names the rule set it used, in `value.ruleset` and in a note.
 */
import { ok, type Note, type Result } from '../result';
import { tableFor } from './agents';
import { scheduleCounts } from './monitoring';
import { walk } from './stepper';
import type { AgentTable } from './table';
import type { TitrationInput, TitrationStep, TitrationValue } from './types';
import { validateTitrationInput } from './validate-input';

export interface Run {
  table: AgentTable;
  steps: TitrationStep[];
  notes: Note[];
}

/** The walk with its table, for titrate and for the monitoring plan. */
export function run(input: unknown): Result<Run> {
  const clean = validateTitrationInput(input);
  if (!clean.ok) return clean;
  const { table, notes: inputNotes } = tableFor(clean.value);
  const walked = walk(table, {
    eastAsianAncestry: clean.value.eastAsianAncestry,
    hepaticImpairment: clean.value.hepaticImpairment,
    ageYears: clean.value.ageYears ?? Number.NaN,
    cypInteraction: clean.value.cypInteraction ?? 'none',
  }, clean.value.counts);
  const counts = scheduleCounts(walked.steps, table.counts);
  const steps = walked.steps.map((step, at) => ({ ...step, ...counts.due[at] }));
  const ruleset: Note = { code: 'ruleset', message: `Rule set: ${table.title}.`, citation: table.citation };
  return ok({ table, steps, notes: [ruleset, ...table.notes, ...inputNotes, ...walked.notes, ...counts.notes] });
}

/**
 * Walks the counts through the agent's label table: `steps[i]` is the decision taken on `counts[i]`.
 * Example: `titrate({ agent: 'eltrombopag', options: { ageYears: 40 }, counts: [{ day: 0, count: 20 }, { day: 14, count: 35 }] })`
 * → start 50 mg once daily, then increase to 75 mg once daily.
 */
export function titrate(input: TitrationInput): Result<TitrationValue> {
  const result = run(input);
  if (!result.ok) return result;
  const { table, steps, notes } = result.value;
  return ok({ agent: table.agent, ruleset: table.ruleset, steps }, notes);
}
