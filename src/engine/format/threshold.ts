/**
 * Numbers shown beside the thresholds that decide on them (issue #18). The engine decides on the exact value;
 * a display rounded to 1 or 2 decimals could land on the other side of a threshold: 49,999 /µL shown as
 * "50 ×10⁹/L" while the engine rightly treats it as below 50, or 2.9999 months shown as "3 months" next to
 * "newly diagnosed". `formatBeside` adds decimals until the shown value is on the same side of every
 * threshold as the real one — and equal to a threshold only when the value is.
 */
import { formatNumber, roundDecimal } from './number';

/**
 * Every threshold the engine decides on, by quantity. Counts (×10⁹/L): the algorithm's urgency and treatment
 * bands (10, 20, 30, 50), delivery and neuraxial targets (50, 70; guidelines.md §8.2) and the TPO-RA
 * titration rows (50, 100, 150, 200, 250, 400; drugs.md §1–§4). Months since diagnosis: the IWG phases (3, 12;
 * guidelines.md §3.1). Age in years: infant (1), splenectomy (5) and paediatric start bands (6), adulthood
 * (18), older adult (60). Haemoglobin (g/dL): the anti-D bands (8, 9, 10; drugs.md §8.2). A test checks that the
 * engine's own threshold data is in this list.
 */
export const decisionThresholds = {
  count: [10, 20, 30, 50, 70, 100, 150, 200, 250, 400],
  months: [3, 12],
  ageYears: [1, 5, 6, 18, 60],
  haemoglobinGdL: [8, 9, 10],
  // The trimesters the pregnancy rules read (algorithm/thresholds.ts: second from 14, third from 28 weeks).
  gestationWeeks: [14, 28],
} as const satisfies Record<string, readonly number[]>;

/** The most decimals shown: a double has about 17 significant digits, so any two different values part by then. */
const MAX_DECIMALS = 17;

function side(value: number, threshold: number): number {
  return Math.sign(value - threshold);
}

/**
 * The value with at least `maxDecimals` decimals rounded away, and as many more as it takes to stay on the
 * same side of each threshold (ISMP-safe through formatNumber).
 * @example formatBeside(49.999, [50], 1) // "49.999", never "50"
 * @example formatBeside(12.25, [50], 1) // "12.3"
 */
export function formatBeside(value: number, thresholds: readonly number[], maxDecimals = 2): string {
  // What the gate refuses it refuses here too, before any rounding.
  if (typeof value !== 'number' || !Number.isFinite(value)) return formatNumber(value);
  // Called from outside the project too: only finite numbers are thresholds, and the decimals a whole number.
  const limits = Array.isArray(thresholds) ? thresholds.filter((t): t is number => typeof t === 'number' && Number.isFinite(t)) : [];
  let decimals = typeof maxDecimals === 'number' && Number.isInteger(maxDecimals) && maxDecimals >= 0 ? Math.min(maxDecimals, MAX_DECIMALS) : 2;
  const sameSide = (d: number) => limits.every((t) => side(roundDecimal(value, d), t) === side(value, t));
  while (decimals < MAX_DECIMALS && !sameSide(decimals)) decimals += 1;
  return formatNumber(value, decimals);
}
