/**
 * Fostamatinib dose reduction for toxicity, by total daily dose (TAVALISSE §2.3; drugs.md §4.2, ✔2; W53):
 * 300 → 200 (100 mg twice daily) → 150 (once daily, morning) → 100 (once daily, morning) → discontinue.
 * A calculator of its own, apart from the count titration in fostamatinib.ts: its ladder is by daily dose
 * and has steps the titration table does not, and the blood-pressure rules reduce along it.
 */
import { formatAmount } from '../format/amount';
import { formatNumber } from '../format/number';
import { fail, ok, type Result } from '../result';
import { messages } from './messages';

export interface FostamatinibDailyDose {
  dailyMg: number;
  morningMg: number;
  /** null: once daily, in the morning. */
  eveningMg: number | null;
  schedule: string;
}

const twice = (mg: number) => `${formatAmount(mg, 'mg')} twice daily`;
const morning = (mg: number) => `${formatAmount(mg, 'mg')} once daily, in the morning`;

/** Highest first. */
export const fostamatinibReductionLadder: readonly FostamatinibDailyDose[] = [
  { dailyMg: 300, morningMg: 150, eveningMg: 150, schedule: twice(150) },
  { dailyMg: 200, morningMg: 100, eveningMg: 100, schedule: twice(100) },
  { dailyMg: 150, morningMg: 150, eveningMg: null, schedule: morning(150) },
  { dailyMg: 100, morningMg: 100, eveningMg: null, schedule: morning(100) },
];

export type FostamatinibReduction =
  | { action: 'reduce'; from: FostamatinibDailyDose; to: FostamatinibDailyDose; reason: string; citation: string }
  | { action: 'discontinue'; from: FostamatinibDailyDose; to: null; reason: string; citation: string };

const citation = 'tavalisse-uspi §2.3';

/** The ladder step for a daily dose, or undefined when the dose is not on the ladder. */
export function ladderStep(dailyMg: unknown): number | undefined {
  const index = fostamatinibReductionLadder.findIndex((step) => step.dailyMg === dailyMg);
  return index === -1 ? undefined : index;
}

export function reduceFrom(index: number): FostamatinibReduction {
  const from = fostamatinibReductionLadder[index];
  const to = fostamatinibReductionLadder.at(index + 1);
  const now = formatAmount(from.dailyMg, 'mg');
  return to === undefined
    ? { action: 'discontinue', from, to: null, citation, reason: `A reduction below ${formatAmount(100, 'mg')} a day is needed: discontinue fostamatinib.` }
    : { action: 'reduce', from, to, citation, reason: `Reduce from ${now} to ${formatAmount(to.dailyMg, 'mg')} a day: ${to.schedule}.` };
}

/**
 * The next lower daily dose when toxicity calls for a reduction, or discontinue below 100 mg a day.
 * Example: `fostamatinibReduce(300)` → reduce to 200 mg a day, 100 mg twice daily.
 */
export function fostamatinibReduce(currentDailyMg: unknown): Result<FostamatinibReduction> {
  const index = ladderStep(currentDailyMg);
  if (index === undefined) {
    return fail([{ field: 'currentDailyMg', message: messages.notOnLadder(fostamatinibReductionLadder.map((step) => formatNumber(step.dailyMg))) }]);
  }
  return ok(reduceFrom(index));
}
