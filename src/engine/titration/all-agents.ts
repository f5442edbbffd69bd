/**
 * All four agents together: the contract's `titrate` and `monitoringPlan` (DESIGN.md) and `titrationTable`
 * over them, and `allAgents` for a caller that wants every agent at once. A declared entry point; a page
 * that offers the agents one at a time loads the chosen agent's module instead (index.ts says how).
 * Nothing here runs on import: each function builds its answer when called.
 */
import { collectFields } from '../plausibility';
import type { Result } from '../result';
import { readChoice } from '../validate';
import type { AgentSources } from './agent-source';
import { avatrombopagSource } from './avatrombopag';
import { eltrombopagSource } from './eltrombopag';
import { fostamatinibSource } from './fostamatinib';
import { titrationTableOf, type LabelTable } from './label-table';
import { monitoringPlanWith, type MonitoringPlan } from './monitoring-plan';
import { romiplostimSource } from './romiplostim';
import { titrateWith } from './titrate';
import { agents, rulesets, type Agent, type Ruleset, type TitrationInput, type TitrationValue } from './types';

export const allAgents = {
  romiplostim: romiplostimSource,
  eltrombopag: eltrombopagSource,
  avatrombopag: avatrombopagSource,
  fostamatinib: fostamatinibSource,
} as const satisfies AgentSources;

/**
 * Walks the counts through the agent's label table: `steps[i]` is the decision taken on `counts[i]`.
 * @example titrate({ agent: 'eltrombopag', options: { ageYears: 40 }, counts: [{ day: 0, count: 20 }, { day: 14, count: 35 }] })
 *   // ok: start 50 mg once daily, then increase to 75 mg once daily
 */
export function titrate(input: TitrationInput): Result<TitrationValue> {
  return titrateWith(allAgents)(input);
}

/**
 * Takes the same input as `titrate` and says what to measure next and when.
 * @example monitoringPlan(eltrombopag, counts on days 0 and 14) // platelet count due day 21, liver tests due day 28
 */
export function monitoringPlan(input: TitrationInput): Result<MonitoringPlan> {
  return monitoringPlanWith(allAgents)(input);
}

/**
 * An agent's label table as data for a reader: each row's conditions as bounds, the action in words, any
 * wait, our reading and the citation, in the order `titrate` tries them. Only romiplostim has an EU table.
 * @example titrationTable('eltrombopag') // ok: levels ['12.5 mg once daily', …], step '25 mg', rows …
 */
export function titrationTable(agent: unknown, ruleset: unknown = 'us-label'): Result<LabelTable> {
  const read = collectFields<{ agent: Agent; ruleset: Ruleset }>({
    agent: readChoice(agent, 'agent', 'agent', agents),
    ruleset: readChoice(ruleset, 'ruleset', 'rule set', rulesets),
  });
  if (!read.ok) return read;
  return titrationTableOf(allAgents[read.value.agent], read.value.ruleset);
}
