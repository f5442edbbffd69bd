/** The contract's `titrate` and `monitoringPlan` over all four agents (DESIGN.md). */
import type { Result } from '../result';
import { allAgents } from './all-agents';
import { monitoringPlanWith, type MonitoringPlan } from './monitoring-plan';
import { titrateWith } from './titrate';
import type { TitrationInput, TitrationValue } from './types';

const titrateAll = titrateWith(allAgents);
const planAll = monitoringPlanWith(allAgents);

/**
 * Walks the counts through the agent's label table: `steps[i]` is the decision taken on `counts[i]`.
 * Example: `titrate({ agent: 'eltrombopag', options: { ageYears: 40 }, counts: [{ day: 0, count: 20 }, { day: 14, count: 35 }] })`
 * → start 50 mg once daily, then increase to 75 mg once daily.
 */
export function titrate(input: TitrationInput): Result<TitrationValue> {
  return titrateAll(input);
}

/**
 * Takes the same input as `titrate` and says what to measure next and when.
 * Example: eltrombopag, counts on days 0 and 14 → platelet count due day 21, liver tests due day 28.
 */
export function monitoringPlan(input: TitrationInput): Result<MonitoringPlan> {
  return planAll(input);
}
