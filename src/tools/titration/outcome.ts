/**
 * The simulator's results: the request (request.ts) through the engine for the steps (`titrateWith`) or
 * the monitoring plan (`monitoringPlanWith`), over the agents whose rules the page has (agents.ts). The two
 * pages read the same request, so they always agree.
 */
import type { Agent, AgentSources, Note, Result, TitrationInput } from '../../engine';
import { titrationMessages } from '../shared/messages';
import { engineProblems, type Problem } from '../shared/problems';
import type { AgentRules } from './agents';
import type { RequestBase, TitrationProblemField, TitrationRequest } from './request';

export type EngineOutcome<T> = Omit<RequestBase, 'unanswered'> & {
  result:
    | { state: 'idle' }
    /** The chosen agent's rules are on their way (a script of their own): the result follows. */
    | { state: 'loading'; agent: Agent }
    | { state: 'problems'; problems: Problem<TitrationProblemField>[] }
    | { state: 'done'; value: T; warnings: Note[]; input: TitrationInput; rows: number[] };
};

export type Run<T> = (sources: AgentSources) => (input: TitrationInput) => Result<T>;

export function engineOutcome<T>(request: TitrationRequest, rules: AgentRules, run: Run<T>): EngineOutcome<T> {
  const { errors, notes, unanswered } = request;
  if (request.state === 'idle') return { errors, notes, result: { state: 'idle' } };
  if (request.state === 'problems') return { errors, notes, result: { state: 'problems', problems: request.problems } };
  const { agent } = request.input;
  if (rules.loading.includes(agent)) return { errors, notes, result: { state: 'loading', agent } };
  if (rules.failed.includes(agent)) {
    return { errors, notes, result: { state: 'problems', problems: [{ field: 'titration.agent', message: titrationMessages.rulesNotLoaded(agent) }, ...unanswered] } };
  }
  const result = run(rules.sources)(request.input);
  if (!result.ok) {
    // Where an engine error has no field of its own: the agent, the first control on both pages.
    const problems = engineProblems(result.errors, request.fields, 'titration.agent');
    // Beside a control only where the reader typed or chose something: a row's value, or the rule set.
    const beside = { ...errors };
    for (const field of request.typed) {
      const message = problems.find((problem) => problem.field === field)?.message;
      if (message !== undefined) beside[field] ??= message;
    }
    return { errors: beside, notes, result: { state: 'problems', problems: [...problems, ...unanswered] } };
  }
  if (unanswered.length > 0) return { errors, notes, result: { state: 'problems', problems: unanswered } };
  return { errors, notes, result: { state: 'done', value: result.value, warnings: result.warnings, input: request.input, rows: request.rows } };
}
