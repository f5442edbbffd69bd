/**
 * The simulator's results: the request (titration-request.ts) through `titrate` for the steps. The
 * monitoring schedule reads the same request through `monitoringPlan` (monitoring-outcome.ts), so the two
 * pages always agree.
 */
import { computed } from 'nanostores';
import type { Note, Result, TitrationInput, TitrationValue } from '../../engine';
// From its own module: the engine's index (or the titration folder's) would also bring the algorithm, the
// regimens and the fostamatinib and liver helpers into the page's JavaScript.
import { titrateWith } from '../../engine/titration/titrate';
import { $case } from '../case/case';
import { $caseValues } from '../case/case-values';
import { engineProblems, type Problem } from '../shared/problems';
import { $titration, appendRow, titrationControlIds } from './fields';
import { $titrationAgents } from './agents';
import { titrationRequest, type RequestBase, type TitrationRequest } from './request';

export type EngineOutcome<T> = Omit<RequestBase, 'unanswered'> & {
  result:
    | { state: 'idle' }
    | { state: 'problems'; problems: Problem[] }
    | { state: 'done'; value: T; warnings: Note[]; input: TitrationInput; rows: number[] };
};

/** Where an engine error has no control of its own: the agent, the first control on both pages. */
const fallbackTarget = titrationControlIds.agent;

export function engineOutcome<T>(request: TitrationRequest, run: (input: TitrationInput) => Result<T>): EngineOutcome<T> {
  const { errors, notes, unanswered } = request;
  if (request.state === 'idle') return { errors, notes, result: { state: 'idle' } };
  if (request.state === 'problems') return { errors, notes, result: { state: 'problems', problems: request.problems } };
  const result = run(request.input);
  if (!result.ok) {
    const problems = engineProblems(result.errors, request.targets, fallbackTarget);
    // Beside a control only where the reader typed or chose something: a row's value, or the rule set.
    const shown = new Set([...Object.values(request.targets).filter((id) => id.startsWith('titration-')), titrationControlIds.ruleset]);
    const beside = { ...errors };
    for (const problem of problems) if (shown.has(problem.target)) beside[problem.target] ??= problem.message;
    return { errors: beside, notes, result: { state: 'problems', problems: [...problems, ...unanswered] } };
  }
  if (unanswered.length > 0) return { errors, notes, result: { state: 'problems', problems: unanswered } };
  return { errors, notes, result: { state: 'done', value: result.value, warnings: result.warnings, input: request.input, rows: request.rows } };
}

export const $titrationRequest = computed([$case, $caseValues, $titration], titrationRequest);
export const $titrationOutcome = computed([$titrationRequest, $titrationAgents], (request, sources) =>
  engineOutcome<TitrationValue>(request, titrateWith(sources)));

/**
 * Adds a row for the next count and returns its index. Its day is the day the engine says the next count
 * is due (weekly while titrating, twice weekly while held, monthly once stable); without a result, a week
 * after the last row, so weekly counts can be typed with Enter alone.
 */
export function addCountRow(): number {
  const outcome = $titrationOutcome.get().result;
  const last = $titration.get().rows.at(-1);
  const lastDay = Number(last?.day.trim() === '' ? Number.NaN : last?.day);
  const due = outcome.state === 'done' ? outcome.value.steps.at(-1)?.nextCountDue : undefined;
  if (due !== undefined && due !== null && due > lastDay) return appendRow(String(due));
  return appendRow(Number.isSafeInteger(lastDay) ? String(lastDay + 7) : '');
}
