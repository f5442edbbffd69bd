/**
 * What a tool computed, as plain data for the page that frames its embed (the `result` message,
 * host-messages.ts): only what the tool shows on screen, never the inputs beyond what the result itself
 * states. Each tool's `result.ts` turns its outcome into this.
 */
import type { Problem } from './problems';

export type ResultData<T> =
  | { state: 'idle' }
  /** The tool cannot compute yet: what it asks the reader for. */
  | { state: 'problems'; problems: string[] }
  | { state: 'done'; value: T };

/** The problems a tool lists, in its words. */
export function problemsOf(problems: readonly Problem[]): ResultData<never> {
  return { state: 'problems', problems: problems.map((problem) => problem.message) };
}
