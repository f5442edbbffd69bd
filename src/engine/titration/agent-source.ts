/**
 * An agent as the walker sees it: who it doses, its label table for a reader, and its table for one
 * checked input. Each agent's module (romiplostim.ts, eltrombopag.ts, avatrombopag.ts, fostamatinib.ts)
 * exports one, so a page can load the chosen agent alone and pass it to `titrateWith` (titrate.ts).
 */
import type { Note } from '../result';
import type { Eligibility } from './eligibility';
import type { AgentTable } from './table';
import type { Agent, Ruleset } from './types';
import type { CleanInput } from './validate-input';

/** The checked input for one agent (romiplostim's always has the weight it is dosed by). */
export type InputFor<A extends Agent> = Extract<CleanInput, { agent: A }>;

export interface AgentSource<A extends Agent = Agent> {
  agent: A;
  /** Rule sets, ages and start options this agent's titration accepts. */
  eligibility: Eligibility;
  /** The table a reader checks against the label, with no patient in it. Only a rule set in `eligibility`. */
  label(ruleset: Ruleset): AgentTable;
  /** The table for one checked input, with the notes that input raises. */
  table(input: InputFor<A>): { table: AgentTable; notes: Note[] };
}

/** The agents a caller carries: all four in `allAgents` (all-agents.ts), or any subset. */
export interface AgentSources {
  readonly romiplostim?: AgentSource<'romiplostim'>;
  readonly eltrombopag?: AgentSource<'eltrombopag'>;
  readonly avatrombopag?: AgentSource<'avatrombopag'>;
  readonly fostamatinib?: AgentSource<'fostamatinib'>;
}

/** The table for the input's agent, or undefined when the caller does not carry that agent. */
export function tableFrom(sources: AgentSources, input: CleanInput): { table: AgentTable; notes: Note[] } | undefined {
  // One case per agent so the checker pairs each source with its own input type.
  switch (input.agent) {
    case 'romiplostim': return sources.romiplostim?.table(input);
    case 'eltrombopag': return sources.eltrombopag?.table(input);
    case 'avatrombopag': return sources.avatrombopag?.table(input);
    case 'fostamatinib': return sources.fostamatinib?.table(input);
  }
}
