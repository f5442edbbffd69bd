/** The walker's result for the host page: the urgency, the options in order and the path walked. */
import type { Recommendation } from '../../engine';
import { problemsOf, type ResultData } from '../shared/results';
import type { WalkOutcome } from './state';

export interface WalkerResult {
  urgency: Recommendation['urgency'];
  options: { id: string; label: string; deferred: boolean }[];
  path: string[];
}

export function walkerResult(outcome: WalkOutcome): ResultData<WalkerResult> {
  // The case's part of the algorithm still loading: nothing computed yet, as far as the host page is concerned.
  if (outcome.state === 'idle' || outcome.state === 'loading') return { state: 'idle' };
  if (outcome.state === 'problems') return problemsOf(outcome.problems);
  const { urgency, options, path } = outcome.recommendation;
  return {
    state: 'done',
    value: { urgency, options: options.map(({ id, label, deferred }) => ({ id, label, deferred: deferred === true })), path },
  };
}
