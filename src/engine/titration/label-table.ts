/**
 * An agent's label table as a reader checks it against the label (`titrationTable`): each row's conditions
 * as bounds, the action in words, any wait and our reading beside the row, and the citation, in the order
 * the walker tries them; the dose levels, the step, the start rows and the monitoring.
 */
import { formatAmount } from '../format/amount';
import { formatNumber } from '../format/number';
import { fail, ok, type Note, type Result } from '../result';
import { isAgentSource, type AgentSource } from './agent-source';
import { messages } from './messages';
import type { AgentTable, Conditions, CountMonitoring, Effect, Rule, TestSchedule, Wait } from './table';
import { rulesets, type Agent, type Ruleset } from './types';
import { isFieldError, readChoice } from '../validate';
import { promptSentence } from './words';

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
  /** The wait in words: "not within 14 days of the last decrease". */
  waitWords?: string;
  /** Where the row is our reading rather than label text: what we chose and why. */
  reading?: string;
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
  /** Notes for a step at the lowest level, and for a step the label's text does not verify. */
  refer: { floor: Note; unverified?: Note };
  counts: Readonly<CountMonitoring>;
  tests: readonly TestSchedule[];
  /** Shown with every result for this agent and rule set. */
  notes: readonly Note[];
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
    case 'resume-same': return 'Restart at the dose stopped';
    case 'stop': return 'Discontinue';
  }
}

function waitWords(wait: Wait): string {
  return [
    wait.atDose === undefined ? [] : [`only after ≥ ${formatNumber(wait.atDose)} days at the current dose`],
    wait.sinceDecrease === undefined ? [] : [`not within ${formatNumber(wait.sinceDecrease)} days of the last decrease`],
  ].flat().join('; ');
}

function labelTable(table: AgentTable): LabelTable {
  const levels = Array.from({ length: table.levels }, (_, level) => levelWords(table, level));
  // Read from the two highest levels: a step out of the lowest may be a special case (eltrombopag 12.5 mg).
  const step = table.stepWords(table.levels - 1, table.levels - 2);
  const action = (effect: Effect) => actionWords(table, effect, step, levels[table.levels - 1]);
  const row = (state: LabelRow['state'], rule: Rule): LabelRow => ({
    id: rule.id, state, when: rule.when, effect: rule.then,
    action: rule.prompt === true ? `${action(rule.then)}. ${promptSentence()}` : action(rule.then),
    ...(rule.wait === undefined ? {} : { wait: rule.wait, waitWords: waitWords(rule.wait) }),
    ...(rule.reading === undefined ? {} : { reading: rule.reading }),
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
 * An agent's label table for a reader, for a rule set the agent has (US label by default).
 * @example titrationTableOf(eltrombopagSource)
 *   // ok: levels ['12.5 mg once daily', …, '75 mg once daily'], step '25 mg', rows: count ≥ 200 and ≤ 400 → 'Decrease by 25 mg…', …
 */
export function titrationTableOf(source: Pick<AgentSource, 'agent' | 'eligibility' | 'label'>, ruleset: Ruleset = 'us-label'): Result<LabelTable> {
  if (!isAgentSource(source)) return fail([{ field: 'source', message: messages.notASource() }]);
  const chosen = readChoice(ruleset, 'ruleset', 'rule set', rulesets);
  if (isFieldError(chosen)) return fail([chosen]);
  if (!source.eligibility.rulesets.includes(chosen)) {
    return fail([{ field: 'ruleset', message: messages.rulesetUsOnly(source.agent) }]);
  }
  return ok(labelTable(source.label(chosen)));
}
