/**
 * How the walker gets an agent's label table: a source per agent, so a caller that carries one agent (an
 * embed fixed to romiplostim) can leave the other three tables, and their notes, out of its bundle.
 */
import type { Note } from '../result';
import type { AgentTable } from './table';
import type { CleanInput } from './validate-input';

/** An agent's table for one checked input, with the notes that input raises. */
export type AgentSource<Input extends CleanInput = CleanInput> = (input: Input) => { table: AgentTable; notes: Note[] };

/** The agents a caller carries: all four in `allAgents` (all-agents.ts), or any subset. */
export interface AgentSources {
  /** Romiplostim alone is dosed by weight, which the checked input then always has. */
  readonly romiplostim?: AgentSource<Extract<CleanInput, { agent: 'romiplostim' }>>;
  readonly eltrombopag?: AgentSource;
  readonly avatrombopag?: AgentSource;
  readonly fostamatinib?: AgentSource;
}

/** The table for the input's agent, or undefined when the caller does not carry that agent. */
export function tableFrom(sources: AgentSources, input: CleanInput): ReturnType<AgentSource> | undefined {
  // One case per agent so the checker pairs each source with its own input type.
  switch (input.agent) {
    case 'romiplostim': return sources.romiplostim?.(input);
    case 'eltrombopag': return sources.eltrombopag?.(input);
    case 'avatrombopag': return sources.avatrombopag?.(input);
    case 'fostamatinib': return sources.fostamatinib?.(input);
  }
}
