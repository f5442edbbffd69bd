/** The simulator's result for the host page: every step with its rule and source. */
import type { Dose, TitrationValue } from '../../engine';
import { problemsOf, type ResultData } from '../shared/results';
import type { EngineOutcome } from './outcome';

export interface TitrationResult {
  agent: TitrationValue['agent'];
  ruleset: TitrationValue['ruleset'];
  steps: { day: number; count: number; action: string; dose: Dose | null; schedule: string; reason: string; citation: string }[];
}

export function titrationResult({ result }: EngineOutcome<TitrationValue>): ResultData<TitrationResult> {
  // Rules still loading: nothing computed yet, as far as the host page is concerned.
  if (result.state === 'idle' || result.state === 'loading') return { state: 'idle' };
  if (result.state !== 'done') return problemsOf(result.problems);
  const { agent, ruleset, steps } = result.value;
  return {
    state: 'done',
    value: {
      agent, ruleset,
      steps: steps.map(({ day, count, action, dose, schedule, reason, citation }) => ({ day, count, action, dose, schedule, reason, citation })),
    },
  };
}
