/**
 * Single numbers from the engine's label tables, for a sentence that states one: a row's count bound ("250 ×10⁹/L"),
 * how long a row waits or looks back ("4 weeks"), how long counts go on after stopping, how often a test is repeated.
 * Days are shown as weeks when they are whole weeks, as the labels say them. A row, test or agent the engine does
 * not have fails the build, and so does a sentence about several agents whose tables disagree.
 */
import { formatCount, formatNumber, type Agent, type Bound, type LabelTable, type Ruleset } from '../../engine';
import { labelTable } from './titration-rows';

export type BoundKind = keyof Bound;
/** A row's count or previous count bound, its duration (days at the dose or of treatment), or its wait. */
export type RuleValue = 'count' | 'previousCount' | 'days' | 'wait';

/** "4 weeks", "1 week"; days that are not whole weeks stay days ("3 days"). `bare`: the number alone. */
export function durationText(days: number, bare = false): string {
  const [amount, unit] = days % 7 === 0 ? [days / 7, 'week'] : [days, 'day'];
  return bare ? formatNumber(amount) : `${formatNumber(amount)} ${unit}${amount === 1 ? '' : 's'}`;
}

function only<T>(values: (T | undefined)[], what: string): T {
  const present = values.filter((value): value is T => value !== undefined);
  if (present.length !== 1) throw new Error(`${what}: expected one value, found ${present.length}.`);
  return present[0];
}

function limit(bound: Bound | undefined, kind: BoundKind | undefined, what: string): number {
  if (bound === undefined) throw new Error(`${what}: the row has no such bound.`);
  return kind === undefined ? only([bound.lt, bound.le, bound.gt, bound.ge], `${what} (name the bound)`) : only([bound[kind]], `${what} ${kind}`);
}

/** One number of one row of a label table, in words. */
export function ruleText(table: LabelTable, rowId: string, value: RuleValue, kind?: BoundKind, bare = false): string {
  const what = `${table.agent} (${table.ruleset}) row "${rowId}" ${value}`;
  const matches = table.rows.filter((row) => row.id === rowId);
  if (matches.length !== 1) throw new Error(`${what}: ${matches.length} rows have this id.`);
  const { when, wait } = matches[0];
  if (value === 'count' || value === 'previousCount') {
    const count = limit(when?.[value], kind, what);
    return bare ? formatNumber(count, 1) : formatCount(count);
  }
  const days = value === 'days'
    ? limit(only([when?.daysAtDose, when?.dayOfTreatment], what), kind, what)
    : only([wait?.atDose, wait?.sinceDecrease], what);
  return durationText(days, bare);
}

/** The same number for each agent; a build error when their tables disagree ("each label stops after 4 weeks"). */
export function agreedText(agents: readonly Agent[], ruleset: Ruleset, text: (table: LabelTable) => string): string {
  const texts = [...new Set(agents.map((agent) => text(labelTable(agent, ruleset))))];
  if (texts.length !== 1) throw new Error(`${agents.join(', ')}: the label tables disagree (${texts.join(' / ')}).`);
  return texts[0];
}

/** How long counts go on after stopping, or how often a named test is repeated while adjusting or once stable. */
export function intervalText(table: LabelTable, test?: string, when: 'adjusting' | 'stable' = 'adjusting', bare = false): string {
  if (test === undefined) {
    const { afterStop } = table.counts;
    if ('unstated' in afterStop) throw new Error(`${table.agent}: no verified count interval after stopping.`);
    return durationText(afterStop.forDays, bare);
  }
  const every = table.tests.find((entry) => entry.test === test)?.every;
  if (every == null) throw new Error(`${table.agent}: no repeated test named "${test}".`);
  return durationText(every[when], bare);
}

/** The amount that starts a dose level as the engine words it: "10 mcg/kg once weekly" → "10 mcg/kg". */
export function levelAmount(level: string): string {
  const amount = /^\d[\d,]*(?:\.\d+)? (?:mcg\/kg|mg)(?=\s|$)/.exec(level)?.[0];
  if (amount === undefined) throw new Error(`No amount at the start of the dose level "${level}".`);
  return amount;
}
