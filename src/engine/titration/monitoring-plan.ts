/**
 * The monitoring plan after the latest assessment: platelet counts, and the other tests each label
 * schedules (eltrombopag liver tests; fostamatinib liver tests, blood pressure, pregnancy test).
 */
import { ok, type Result } from '../result';
import { readSources, type AgentSources } from './agent-source';
import { isStable } from './monitoring';
import { run } from './titrate';
import type { Agent, Ruleset, TitrationInput } from './types';

export interface MonitoringItem {
  test: string;
  schedule: string;
  /** Day the next one is due; null for a one-off before starting, or a test after stopping. Platelet counts always have a day. */
  nextDue: number | null;
  citation: string;
}

export interface MonitoringPlan {
  agent: Agent;
  ruleset: Ruleset;
  /** Day of the latest assessment. */
  day: number;
  stable: boolean;
  stopped: boolean;
  items: MonitoringItem[];
}

/** `monitoringPlan` over the given agents: an input naming another agent fails on `agent`. */
export function monitoringPlanWith(sources: AgentSources): (input: TitrationInput) => Result<MonitoringPlan> {
  const carried = readSources(sources);
  return (input) => planFor(input, carried);
}

function planFor(input: TitrationInput, sources: AgentSources): Result<MonitoringPlan> {
  const result = run(input, sources);
  if (!result.ok) return result;
  const { table, steps, notes } = result.value;
  const at = steps.length - 1;
  const last = steps[at];
  const stopped = last.action === 'discontinue';
  const stable = !stopped && isStable(steps, at, table.rules.dosing);
  const items: MonitoringItem[] = [
    { test: 'Platelet count (CBC)', schedule: last.countSchedule, nextDue: last.nextCountDue, citation: table.counts.citation },
    ...table.tests.map((test) => ({
      test: test.test,
      schedule: test.schedule,
      nextDue: stopped || test.every === null ? null : last.day + (stable ? test.every.stable : test.every.adjusting),
      citation: test.citation,
    })),
  ];
  return ok({ agent: table.agent, ruleset: table.ruleset, day: last.day, stable, stopped, items }, notes);
}
