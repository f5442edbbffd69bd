/** Titration and monitoring for romiplostim, eltrombopag, avatrombopag and fostamatinib (issue #5). */
import { formatAmount } from '../format/amount';
import { collectFields } from '../plausibility';
import { fail, ok, type Note, type Result } from '../result';
import { readChoice } from '../validate';
import { avatrombopagTable } from './avatrombopag';
import { eligibility } from './eligibility';
import { eltrombopagTable } from './eltrombopag';
import { fostamatinibTable } from './fostamatinib';
import { messages } from './messages';
import { romiplostimTable } from './romiplostim';
import type { AgentTable, Conditions, CountMonitoring, Effect, Rule, TestSchedule, Wait } from './table';
import { agents, rulesets, type Agent, type Ruleset } from './types';
import { promptSentence } from './words';

export { titrate, monitoringPlan } from './agents';
export type { MonitoringItem, MonitoringPlan } from './monitoring-plan';
export { stableDefinition } from './monitoring';
export { romiplostimReweighDays } from './romiplostim-weight';
export { romiplostimVolume, smallDoseMcg as romiplostimSmallDoseMcg } from './volume';
export { avatrombopagLevels, mgPerWeek as avatrombopagMgPerWeek } from './avatrombopag-levels';
export type { AvatrombopagLevel } from './avatrombopag-levels';
export { fostamatinibReductionLadder, fostamatinibReduce } from './fostamatinib-reduction';
export type { FostamatinibDailyDose, FostamatinibReduction } from './fostamatinib-reduction';
export { fostamatinibBloodPressure, fostamatinibBloodPressureRules } from './fostamatinib-blood-pressure';
export type { BloodPressureDecision, BloodPressureRule } from './fostamatinib-blood-pressure';
export { eltrombopagLiverAction, eltrombopagLiverRules } from './eltrombopag-liver';
export type { LiverDecision, LiverRule } from './eltrombopag-liver';
export { boundText } from './bounds';
export type { Bound } from './bounds';
export type { Conditions, CountMonitoring, Effect, Interval, TestSchedule, Wait } from './table';
export { agents as titrationAgents } from './types';
export type {
  Agent, CountEntry, CypInteraction, RomiplostimPreparation, Ruleset, TitrationAction, TitrationInput,
  TitrationOptions, TitrationStep, TitrationValue,
} from './types';

/** One row of a label table, in the order `titrate` tries them (first match wins within its group). */
export interface LabelRow {
  id: string;
  /** Rows tried while the drug is on hold, or while it is being given. */
  state: 'held' | 'dosing';
  /** The row's conditions as bounds; absent on a group's last row, which applies when no other does. */
  when?: Readonly<Conditions>;
  effect: Effect;
  /** "Increase by 1 mcg/kg, never above 10 mcg/kg once weekly"; a prompt row ends with the prompt sentence. */
  action: string;
  /** The label's wait before the change is judged. */
  wait?: Readonly<Wait>;
  /** A stop for lack of response: a prompt for the prescriber to confirm, not an order (DESIGN.md). */
  prompt: boolean;
  citation: string;
}

/** A start row: who starts at which dose level (index into `levels`). */
export interface LabelStart {
  level: number;
  describe: string;
  /** The label says "consider" this start. */
  consider: boolean;
  citation: string;
}

/** A label's titration table as a reader checks it against the label, with no patient in it. */
export interface LabelTable {
  agent: Agent;
  ruleset: Ruleset;
  title: string;
  citation: string;
  /** Each dose level as the label gives it, lowest first: "1 mcg/kg once weekly", "75 mg once daily". */
  levels: string[];
  /** The size of one step: "1 mcg/kg", "25 mg", "one level", "50 mg a dose". */
  step: string;
  /** The first matching row applies; `otherwise` when none does. */
  start: { rows: LabelStart[]; otherwise: LabelStart };
  /** While on hold, then while dosing; each group ends with its row for "any other count". */
  rows: LabelRow[];
  /** What the engine says when it refers a step instead of taking it. */
  refer: { floor: Note; unverified?: Note };
  counts: Readonly<CountMonitoring>;
  tests: readonly TestSchedule[];
  /** Shown with every result for this agent and rule set. */
  notes: readonly Note[];
}

/** The tables `titrate` walks, for an agent and a rule set it has. */
function agentTable(agent: Agent, ruleset: Ruleset): AgentTable {
  switch (agent) {
    case 'romiplostim':
      // present() needs a weight to size one patient's mcg; a label table reads only the rate (dose.perKg).
      return romiplostimTable(ruleset, [1]);
    case 'eltrombopag':
      return eltrombopagTable;
    case 'avatrombopag':
      return avatrombopagTable;
    case 'fostamatinib':
      return fostamatinibTable;
  }
}

function levelWords(table: AgentTable, level: number): string {
  const { dose, schedule } = table.present(level, 0);
  return dose.perKg === undefined ? schedule : `${formatAmount(dose.perKg, 'mcg/kg')} once weekly`;
}

function actionWords(table: AgentTable, effect: Effect, step: string, highest: string): string {
  switch (effect) {
    case 'up': return `Increase by ${step}, never above ${highest}`;
    case 'down': return `Decrease by ${step}`;
    case 'keep': return 'Keep the same dose';
    case 'hold': return `Stop for now (no dose); count ${table.counts.held.words}`;
    case 'stay-held': return `Stay off; count ${table.counts.held.words}`;
    case 'resume-lower': return `Restart ${step} below the dose stopped`;
    case 'stop': return 'Discontinue';
  }
}

function labelTable(table: AgentTable): LabelTable {
  const levels = Array.from({ length: table.levels }, (_, level) => levelWords(table, level));
  // Read from the two highest levels: a step out of the lowest may be a special case (eltrombopag 12.5 mg).
  const step = table.stepWords(table.levels - 1, table.levels - 2);
  const action = (effect: Effect) => actionWords(table, effect, step, levels[table.levels - 1]);
  const row = (state: LabelRow['state'], rule: Rule): LabelRow => ({
    id: rule.id, state, when: rule.when, effect: rule.then,
    action: rule.prompt === true ? `${action(rule.then)}. ${promptSentence}` : action(rule.then),
    ...(rule.wait === undefined ? {} : { wait: rule.wait }),
    prompt: rule.prompt === true, citation: rule.citation,
  });
  const group = (state: LabelRow['state']): LabelRow[] => {
    const { rules, otherwise } = table.rules[state];
    // A group with no rows of its own (fostamatinib is never held for a count) is not shown.
    if (rules.length === 0) return [];
    return [
      ...rules.map((rule) => row(state, rule)),
      { id: otherwise.id, state, effect: otherwise.then, action: action(otherwise.then), prompt: false, citation: otherwise.citation },
    ];
  };
  const start = (entry: AgentTable['start']['otherwise']): LabelStart => ({
    level: entry.level, describe: entry.describe, consider: entry.consider === true, citation: entry.citation,
  });
  return {
    agent: table.agent, ruleset: table.ruleset, title: table.title, citation: table.citation, levels, step,
    start: { rows: table.start.rows.map(start), otherwise: start(table.start.otherwise) },
    rows: [...group('held'), ...group('dosing')],
    refer: table.refer, counts: table.counts, tests: table.tests, notes: table.notes,
  };
}

/**
 * An agent's label table as data for a reader: each row's conditions as bounds, the action in words, any
 * wait and the citation, in the order `titrate` tries them; the dose levels, the step, the start rows and
 * the monitoring. Only romiplostim has an EU SmPC table.
 * @example titrationTable('eltrombopag')
 *   // ok: levels ['12.5 mg once daily', …, '75 mg once daily'], step '25 mg', rows: count ≥ 200 and ≤ 400 → 'Decrease by 25 mg', …
 */
export function titrationTable(agent: unknown, ruleset: unknown = 'us-label'): Result<LabelTable> {
  const read = collectFields<{ agent: Agent; ruleset: Ruleset }>({
    agent: readChoice(agent, 'agent', 'agent', agents),
    ruleset: readChoice(ruleset, 'ruleset', 'rule set', rulesets),
  });
  if (!read.ok) return read;
  const chosen = read.value;
  if (!eligibility[chosen.agent].rulesets.includes(chosen.ruleset)) {
    return fail([{ field: 'ruleset', message: messages.rulesetUsOnly(chosen.agent) }]);
  }
  return ok(labelTable(agentTable(chosen.agent, chosen.ruleset)));
}
