/**
 * An agent as the walker sees it: who it doses, its label table for a reader, and its table for one
 * checked input. Each agent's module (romiplostim.ts, eltrombopag.ts, avatrombopag.ts, fostamatinib.ts)
 * exports one, so a page can load the chosen agent alone and pass it to `titrateWith` (titrate.ts).
 */
import type { FieldError, Note } from '../result';
import { finite, flag, listOf, literal, record, text } from '../shape';
import { startOptions, type Eligibility } from './eligibility';
import type { AgentTable } from './table';
import { agents, rulesets, type Agent, type Ruleset } from './types';
import type { CleanInput } from './validate-input';

/** The checked input for one agent (romiplostim's always has the weight it is dosed by). */
export type InputFor<A extends Agent> = Extract<CleanInput, { agent: A }>;

export interface AgentSource<A extends Agent = Agent> {
  agent: A;
  /** Rule sets, ages and start options this agent's titration accepts. */
  eligibility: Eligibility;
  /** The table a reader checks against the label, with no patient in it. Only a rule set in `eligibility`. */
  label(ruleset: Ruleset): AgentTable;
  /**
   * The table for one checked input, with the notes that input raises, and the errors that keep it from
   * being dosed (romiplostim: a weight implausible for the age and not confirmed).
   */
  table(input: InputFor<A>): AgentTableFor;
}

export interface AgentTableFor {
  table: AgentTable;
  notes: Note[];
  errors?: FieldError[];
}

/** The agents a caller carries: all four in `allAgents` (all-agents.ts), or any subset. */
export interface AgentSources {
  readonly romiplostim?: AgentSource<'romiplostim'>;
  readonly eltrombopag?: AgentSource<'eltrombopag'>;
  readonly avatrombopag?: AgentSource<'avatrombopag'>;
  readonly fostamatinib?: AgentSource<'fostamatinib'>;
}

/** The table for the input's agent, or undefined when the caller does not carry that agent. */
export function tableFrom(sources: AgentSources, input: CleanInput): AgentTableFor | undefined {
  // One case per agent so the checker pairs each source with its own input type.
  switch (input.agent) {
    case 'romiplostim': return sources.romiplostim?.table(input);
    case 'eltrombopag': return sources.eltrombopag?.table(input);
    case 'avatrombopag': return sources.avatrombopag?.table(input);
    case 'fostamatinib': return sources.fostamatinib?.table(input);
  }
}

const isEligibility = record({
  rulesets: listOf(literal(...rulesets)), minAgeYears: finite, tooYoung: text, ageRequired: flag, dosedByWeight: flag,
  reads: listOf(literal(...startOptions)),
});
const isFunction = (value: unknown) => typeof value === 'function';

/**
 * An agent source as the engine's agent modules make it: its agent, its eligibility, and its two tables as
 * functions. Sources cross from one script to another (each agent's rules load as a script of their own), so
 * this is checked by shape; a caller who writes their own `table` function answers for what it does.
 */
export function isAgentSource<A extends Agent>(value: unknown, agent?: A): value is AgentSource<A> {
  return record({ agent: agent === undefined ? literal(...agents) : literal(agent), eligibility: isEligibility, label: isFunction, table: isFunction })(value);
}

/** The sources among `value` that are sources of the agent they are given for; none when it is not a record. */
export function readSources(value: unknown): AgentSources {
  const at = (agent: Agent): unknown => (typeof value === 'object' && value !== null ? Reflect.get(value, agent) : undefined);
  const [romiplostim, eltrombopag, avatrombopag, fostamatinib] = [at('romiplostim'), at('eltrombopag'), at('avatrombopag'), at('fostamatinib')];
  return {
    ...(isAgentSource(romiplostim, 'romiplostim') ? { romiplostim } : {}),
    ...(isAgentSource(eltrombopag, 'eltrombopag') ? { eltrombopag } : {}),
    ...(isAgentSource(avatrombopag, 'avatrombopag') ? { avatrombopag } : {}),
    ...(isAgentSource(fostamatinib, 'fostamatinib') ? { fostamatinib } : {}),
  };
}
