/**
 * Matching a table row's conditions against one assessment, and saying in words which conditions held,
 * with this assessment's numbers: "count 38 < 50, 14 days at this dose (≥ 14)".
 */
import { formatNumber } from '../format/number';
import { boundText, within, type Bound } from './bounds';
import type { Conditions, StartFacts, StartRow, Wait } from './table';

/** What the table rows may ask about one assessment. */
export interface Facts {
  count: number;
  previousCount: number;
  daysAtDose: number;
  dayOfTreatment: number;
  dose: 'lowest' | 'highest' | 'between';
}

const fits = (bound: Bound | undefined, value: number) => bound === undefined || within(value, bound);
const n = (value: number) => formatNumber(value, 1);

export function matches(when: Conditions, facts: Facts): boolean {
  return fits(when.count, facts.count)
    && fits(when.previousCount, facts.previousCount)
    && fits(when.daysAtDose, facts.daysAtDose)
    && fits(when.dayOfTreatment, facts.dayOfTreatment)
    && (when.dose === undefined || when.dose === facts.dose);
}

const doseWords = { lowest: 'at the lowest dose', highest: 'at the maximum dose' } as const;

/** The conditions of a row that fired, in words, each with the number that met it. */
export function conditionWords(when: Conditions, facts: Facts, held: boolean): string {
  return [
    held ? 'on hold' : undefined,
    when.count && `count ${n(facts.count)} ${boundText(when.count)}`,
    when.previousCount && `previous count ${n(facts.previousCount)} ${boundText(when.previousCount)}`,
    when.dose && doseWords[when.dose],
    when.daysAtDose && `${n(facts.daysAtDose)} days at this dose (${boundText(when.daysAtDose)})`,
    when.dayOfTreatment && `day ${n(facts.dayOfTreatment)} of treatment (${boundText(when.dayOfTreatment)})`,
  ].filter((part) => part !== undefined).join(', ');
}

/** Words for the row that fires when no other row of its group does. */
export function otherwiseWords(count: number, held: boolean): string {
  return held
    ? `on hold, count ${n(count)}: not low enough to restart`
    : `count ${n(count)}: no row for a change applies`;
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
