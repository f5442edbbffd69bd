/**
 * Romiplostim weekly titration tables as data (drugs.md §1.2, §1.3): the US label's and the EU SmPC's,
 * kept apart from the agent's dosing (romiplostim.ts) so that each table reads against its label line by
 * line. First matching row wins, within the group for the patient's state. Levels are mcg/kg − 1: level 0
 * = 1 mcg/kg, level 9 = 10 mcg/kg.
 */
import { formatAmount } from '../format/amount';
import { formatNumber } from '../format/number';
import type { Bound } from './bounds';
import { responseRows } from './response-rows';
import type { Rule, RuleTable } from './table';

const us = 'nplate-uspi §2.2';
const eu = 'nplate-smpc §4.2';

// Register item 2 (UNVERIFIED: the label is silent). One step below 1 mcg/kg would be 0 mcg/kg, never a dose.
// The restart count is a paediatric trial protocol's (drugs.md §1.2, ✔1, not label text).
const floorRestartCount = 50;
const lowest = formatAmount(1, 'mcg/kg');
const floorReading = `the label gives no step below ${lowest}, so a decrease or a restart due there cannot be taken as written. A paediatric trial protocol held the dose until the count was ≤ ${formatNumber(floorRestartCount)} and then restarted at ${lowest} (one source, not label text); the engine does the same, and below the label's restart count it asks the prescriber to decide whether to restart sooner, so the hold always has an exit.`;

/**
 * Stop rule, both labels: "after 4 weeks at 10 mcg/kg" without enough rise; our proxy is a count still < 50 at
 * every count for those 4 weeks (§1.2), and a low count after a response at 10 mcg/kg keeps the dose (§1.4).
 */
const atMaximum = (citation: typeof us | typeof eu): Rule[] => responseRows({ daysAtDose: { ge: 28 } }, 28, citation);

/** Days in the table's week: "a week" is one scheduled weekly assessment (drugs.md, "How to read"). */
const week = 7;

/**
 * Row 4, both labels: two consecutive weekly counts above the cut-off (drugs.md §1.2 row 4, §1.3). The other
 * week is the latest count at least a week before this one, so counts taken days apart are not two weeks; and
 * a further decrease waits a week after a decrease, whose effect the next weekly count shows (third engine
 * audit: 250 on days 21, 23 and 25 lowered the dose twice in four days).
 */
const decreaseTwoHighWeeks = (count: Bound, previousCount: Bound, citation: typeof us | typeof eu): Rule => ({
  id: 'decrease-two-high-weeks', when: { count, previousCount, previousDaysBefore: week },
  then: 'down', wait: { sinceDecrease: week }, citation,
});

/** Nplate US prescribing information §2.2 (✔2). */
export const romiplostimUsRules: RuleTable = {
  held: {
    rules: [
      { id: 'restart-lowest-dose', when: { count: { le: floorRestartCount }, dose: 'lowest' }, then: 'resume-same', reading: floorReading, citation: us },
      // On hold and the count has fallen below 200: restart at the previous dose minus 1 mcg/kg.
      { id: 'restart-one-lower', when: { count: { lt: 200 } }, then: 'resume-lower', citation: us },
    ],
    // Still ≥ 200: no dose, count again next week.
    otherwise: { id: 'stay-on-hold', then: 'stay-held', citation: us },
  },
  dosing: {
    rules: [
      { id: 'hold-high-count', when: { count: { gt: 400 } }, then: 'hold', citation: us },
      // "> 200 and ≤ 400 for 2 consecutive weeks" (register item 1: same behaviour as the older "> 200").
      decreaseTwoHighWeeks({ gt: 200, le: 400 }, { gt: 200 }, us),
      ...atMaximum(us),
      // Never above 10 mcg/kg: at the top, the walker keeps the maximum. Weekly (§1.2 row 5): the table is read
      // at each weekly dose, so a count taken sooner than 7 days after the dose began keeps it ("a week" is one
      // scheduled weekly assessment, drugs.md "How to read"); a count every day never climbs a step a day.
      { id: 'increase-low-count', when: { count: { lt: 50 } }, then: 'up', wait: { atDose: week }, citation: us },
    ],
    // 50 ≤ count ≤ 200, or only one week above 200.
    otherwise: { id: 'keep', then: 'keep', citation: us },
  },
};

/** Nplate EU SmPC §4.2 (✔1): lower cut-offs than the US label; the stop rule and the floor are the same. */
export const romiplostimEuRules: RuleTable = {
  held: {
    rules: [
      { id: 'restart-lowest-dose', when: { count: { le: floorRestartCount }, dose: 'lowest' }, then: 'resume-same', reading: floorReading, citation: eu },
      { id: 'restart-one-lower', when: { count: { lt: 150 } }, then: 'resume-lower', citation: eu },
    ],
    otherwise: { id: 'stay-on-hold', then: 'stay-held', citation: eu },
  },
  dosing: {
    rules: [
      { id: 'hold-high-count', when: { count: { gt: 250 } }, then: 'hold', citation: eu },
      decreaseTwoHighWeeks({ gt: 150, le: 250 }, { gt: 150 }, eu),
      ...atMaximum(eu),
      { id: 'increase-low-count', when: { count: { lt: 50 } }, then: 'up', wait: { atDose: week }, citation: eu },
    ],
    otherwise: { id: 'keep', then: 'keep', citation: eu },
  },
};
