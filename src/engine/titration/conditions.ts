/**
 * Matching a table row's conditions against one assessment, and saying in words which conditions held,
 * with this assessment's numbers: "count 38 < 50, 14 days at this dose (≥ 14)".
 */
import { formatNumber } from '../format/number';
import { formatBeside } from '../format/threshold';
import { boundText, within, type Bound } from './bounds';
import type { Conditions, StartFacts, StartRow, Wait } from './table';

/** One assessment: its day and its count. */
export interface Counted {
  day: number;
  count: number;
}

/** What the table rows may ask about one assessment. */
export interface Facts {
  count: number;
  daysAtDose: number;
  dayOfTreatment: number;
  dose: 'lowest' | 'highest' | 'between';
  /** Every assessment from day 0 up to and including this one, in day order. */
  history: readonly Counted[];
}

const fits = (bound: Bound | undefined, value: number) => bound === undefined || within(value, bound);
const n = (value: number) => formatNumber(value, 1);
const limits = (bounds: readonly (Bound | undefined)[]) => bounds.filter((bound): bound is Bound => bound !== undefined)
  .flatMap((bound) => [bound.lt, bound.le, bound.gt, bound.ge]).filter((limit): limit is number => limit !== undefined);
/**
 * A count beside the bounds that decided on it: never rounded onto their other side (issue #18, H-DOSE-05;
 * "Count 49.96 < 50" is not shown as "Count 50 < 50").
 */
const beside = (value: number, bounds: readonly (Bound | undefined)[]) => formatBeside(value, limits(bounds), 1);

/**
 * The previous count a row compares with, as a list of none or one: the assessment before this one, or, when
 * the row looks back `previousDaysBefore` days (romiplostim's "two consecutive weekly counts", drugs.md §1.2
 * row 4), the latest count at least that many days before this one: counts taken days apart are not two weeks.
 */
function previous(when: Conditions, facts: Facts): Counted[] {
  const gap = when.previousDaysBefore ?? 0;
  return facts.history.slice(0, -1).filter((entry) => facts.dayOfTreatment - entry.day >= gap).slice(-1);
}

/**
 * How this row's count bound has held at the current dose (counts after the day it began): for how many days
 * without a break, and the latest count that fell outside it (a list of none or one). With no such count the
 * run is the whole time at the dose; after one it starts at the first count back inside the bound, so a single
 * low count after a response is a run of 0 days, not "4 weeks at the maximum without a rise" (drugs.md §1.2,
 * §1.4).
 */
function countRun(bound: Bound | undefined, facts: Facts): { days: number; outside: Counted[] } {
  const doseSince = facts.dayOfTreatment - facts.daysAtDose;
  const atDose = facts.history.filter((entry) => entry.day > doseSince);
  let outside: Counted[] = [];
  let from = doseSince;
  atDose.forEach((entry, index) => {
    if (!fits(bound, entry.count)) [outside, from] = [[entry], atDose[index + 1]?.day ?? facts.dayOfTreatment];
  });
  return { days: facts.dayOfTreatment - from, outside };
}

export function matches(when: Conditions, facts: Facts): boolean {
  const { previousCount } = when;
  const run = countRun(when.count, facts);
  return fits(when.count, facts.count)
    && (previousCount === undefined || previous(when, facts).some((entry) => within(entry.count, previousCount)))
    && fits(when.daysAtDose, facts.daysAtDose)
    && fits(when.dayOfTreatment, facts.dayOfTreatment)
    && (when.dose === undefined || when.dose === facts.dose)
    && fits(when.countHeldFor, run.days)
    && (when.afterCountOutside === undefined || run.outside.length > 0);
}

const doseWords = { lowest: 'at the lowest dose', highest: 'at the maximum dose' } as const;

/** The conditions of a row that fired, in words, each with the number that met it. */
export function conditionWords(when: Conditions, facts: Facts, held: boolean): string {
  const { previousCount } = when;
  const run = countRun(when.count, facts);
  return [
    held ? 'on hold' : undefined,
    when.count && `count ${beside(facts.count, [when.count])} ${boundText(when.count)}`,
    previousCount && previous(when, facts)
      .map((entry) => `previous count ${beside(entry.count, [previousCount])} ${boundText(previousCount)} (day ${n(entry.day)})`).join(''),
    when.dose && doseWords[when.dose],
    when.daysAtDose && `${n(facts.daysAtDose)} days at this dose (${boundText(when.daysAtDose)})`,
    when.countHeldFor && `so at every count for ${n(run.days)} days at this dose (${boundText(when.countHeldFor)})`,
    when.dayOfTreatment && `day ${n(facts.dayOfTreatment)} of treatment (${boundText(when.dayOfTreatment)})`,
    when.afterCountOutside && run.outside.map((entry) => `after a count of ${beside(entry.count, [when.count])} on day ${n(entry.day)} at this dose`).join(''),
  ].filter((part) => part !== undefined).join(', ');
}

/** Words for the row that fires when no other row of its group does; `bounds`: the table's count bounds. */
export function otherwiseWords(count: number, held: boolean, bounds: readonly (Bound | undefined)[]): string {
  return held
    ? `on hold, count ${beside(count, bounds)}: not low enough to restart`
    : `count ${beside(count, bounds)}: no row for a change applies`;
}

/**
 * A change the label says to judge only after a wait: why it is not taken yet and the first day it can be.
 * Undefined when there is nothing to wait for.
 */
export function waiting(
  wait: Wait | undefined,
  state: { doseSince: number; lastDecrease: number | undefined },
  day: number,
): { why: string; until: number } | undefined {
  const atDose = day - state.doseSince;
  if (wait?.atDose !== undefined && atDose < wait.atDose) {
    return {
      why: `only ${n(atDose)} days at this dose (a change is judged after ≥ ${n(wait.atDose)} days)`,
      until: state.doseSince + wait.atDose,
    };
  }
  if (wait?.sinceDecrease !== undefined && state.lastDecrease !== undefined && day - state.lastDecrease < wait.sinceDecrease) {
    return {
      why: `only ${n(day - state.lastDecrease)} days since the decrease on day ${n(state.lastDecrease)} (its effect is judged after ≥ ${n(wait.sinceDecrease)} days)`,
      until: state.lastDecrease + wait.sinceDecrease,
    };
  }
  return undefined;
}

export function startMatches(when: StartRow['when'], facts: StartFacts): boolean {
  return (when.eastAsianAncestry === undefined || when.eastAsianAncestry === facts.eastAsianAncestry)
    && (when.hepaticImpairment === undefined || when.hepaticImpairment === facts.hepaticImpairment)
    && (when.cypInteraction === undefined || when.cypInteraction === facts.cypInteraction)
    && fits(when.ageYears, facts.ageYears);
}
