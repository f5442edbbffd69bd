/**
 * Is this weight plausible for this patient? (issue #18). One range for everybody let a 2 kg weight through for
 * a 45-year-old who is 170 cm tall, and the rituximab dose with it. Here:
 * - a child (under 18, age given) is checked against the CDC 2000 weight-for-age reference, for either sex
 *   (the form does not ask it): a weight counts as implausible only when it is for both sexes;
 * - an adult with a height is checked by body-mass index; an adult without one against a floor.
 * Far outside → a blocking error saying why, with an exit: confirming the weight (`weightConfirmed`) turns it
 * into a warning, so a real but extreme patient is never left without a dose. Merely unusual → a warning.
 *
 * Our reading (cut-offs; the sources set none for dosing):
 * - Children: CDC's "modified z-score" (the distance from the median in units of half the median-to-±2 SD
 *   distance, which stays linear in the tails where the LMS curve is unreliable). Blocking below −5 or above +8
 *   — the cut-offs we recall CDC using to flag biologically implausible weight-for-age (not verified in a
 *   retrieved source); the wide upper one keeps severely obese children, who are real, out of the block.
 *   Warning beyond ±3.
 * - Adults with a height: block a BMI below 10 or above 80; warn below 15 or above 60.
 * - Adults without a height: block below 10 kg; warn below 30 kg and above 250 kg, asking for the height.
 */
import { formatAgeYears, formatAmount } from '../format/amount';
import { formatNumber } from '../format/number';
import { decisionThresholds, formatBeside } from '../format/threshold';
import { messages } from '../messages';
import { collectFields } from '../plausibility';
import { fail, ok, type FieldError, type Note, type Result } from '../result';
import { callerText, isRecord, ranges, readFinite, readOptionalBoolean } from '../validate';
import { cdcWeightForAge, type LmsRows } from './cdc-weight-for-age';

export const weightCutOffs = {
  child: { blockBelowZ: -5, blockAboveZ: 8, warnBeyondZ: 3 },
  adultBmi: { blockBelow: 10, blockAbove: 80, warnBelow: 15, warnAbove: 60 },
  adultNoHeightKg: { blockBelow: 10, warnBelow: 30, warnAbove: 250 },
} as const;

export interface WeightFacts {
  weightKg: number;
  ageYears?: number;
  heightCm?: number;
  /** The prescriber confirmed a weight the engine found implausible: a warning instead of a block. */
  weightConfirmed?: boolean;
}

/** L, M and S at an age, interpolated linearly between the reference rows (held at the ends). */
function lmsAt(rows: LmsRows, months: number): { l: number; m: number; s: number } {
  const lower = rows.reduce((found, row) => (row[0] <= months ? row : found), rows[0]);
  const upper = rows.reduceRight((found, row) => (row[0] >= months ? row : found), lower);
  const [a0, l0, m0, s0] = lower;
  const [a1, l1, m1, s1] = upper;
  const t = a1 === a0 ? 0 : (months - a0) / (a1 - a0);
  return { l: l0 + t * (l1 - l0), m: m0 + t * (m1 - m0), s: s0 + t * (s1 - s0) };
}

/** The weight at a z-score by the LMS method: M (1 + L S z)^(1/L), or M e^(S z) where L is 0. */
export function atZ({ l, m, s }: { l: number; m: number; s: number }, z: number): number {
  return l === 0 ? m * Math.exp(s * z) : m * (1 + l * s * z) ** (1 / l);
}

/** The weight at a modified z-score: the median plus z halves of the median-to-±2 distance. */
function atModifiedZ(lms: { l: number; m: number; s: number }, z: number): number {
  const half = z < 0 ? (lms.m - atZ(lms, -2)) / 2 : (atZ(lms, 2) - lms.m) / 2;
  return lms.m + z * half;
}

/** The weights at a modified z-score for an age, across both sexes: the lower of the two below, the higher above. */
export function childWeightAt(ageYears: number, z: number): number {
  const months = ageYears * 12;
  const both = [cdcWeightForAge.male, cdcWeightForAge.female].map((rows) => atModifiedZ(lmsAt(rows, months), z));
  return z < 0 ? Math.min(...both) : Math.max(...both);
}

type Verdict = { level: 'block' | 'warn'; why: string } | undefined;

function childVerdict(weightKg: number, ageYears: number): Verdict {
  const c = weightCutOffs.child;
  const age = `a child of ${formatAgeYears(ageYears)}`;
  const low = childWeightAt(ageYears, c.blockBelowZ);
  const high = childWeightAt(ageYears, c.blockAboveZ);
  if (weightKg < low) return { level: 'block', why: `for ${age}: the CDC 2000 weight-for-age reference puts the lowest plausible weight at about ${formatAmount(low, 'kg', 1)}` };
  if (weightKg > high) return { level: 'block', why: `for ${age}: the CDC 2000 weight-for-age reference puts the highest plausible weight at about ${formatAmount(high, 'kg', 1)}` };
  const median = formatAmount(childWeightAt(ageYears, 0), 'kg', 1);
  if (weightKg < childWeightAt(ageYears, -c.warnBeyondZ) || weightKg > childWeightAt(ageYears, c.warnBeyondZ)) {
    return { level: 'warn', why: `for ${age}, far from the usual weight at that age (median about ${median}, CDC 2000)` };
  }
  return undefined;
}

/**
 * A child's height against the weight. Our reading: the sources carry no height-for-age reference, so the
 * body-mass index limits that block an adult's weight (below 10 or above 80) only warn for a child: outside
 * them the height or the weight is almost surely mistyped (a 30 kg ten-year-old of 55 cm), and a dose by
 * body-surface area would follow the slip. Inside them nothing is said.
 */
function childHeightVerdict(weightKg: number, ageYears: number, heightCm: number | undefined): Verdict {
  if (heightCm === undefined) return undefined;
  const c = weightCutOffs.adultBmi;
  const bmi = weightKg / (heightCm / 100) ** 2;
  if (bmi >= c.blockBelow && bmi <= c.blockAbove) return undefined;
  return { level: 'warn', why: `for a child of ${formatAgeYears(ageYears)} who is ${formatAmount(heightCm, 'cm')} tall (a body-mass index of ${formatNumber(bmi, 1)}, outside ${formatNumber(c.blockBelow)} to ${formatNumber(c.blockAbove)}): check the height too, as a dose by body-surface area follows it` };
}

function adultVerdict(weightKg: number, ageYears: number, heightCm: number | undefined): Verdict {
  const age = `a ${formatBeside(ageYears, decisionThresholds.ageYears, 1)}-year-old`;
  if (heightCm === undefined) {
    const c = weightCutOffs.adultNoHeightKg;
    if (weightKg < c.blockBelow) return { level: 'block', why: `for ${age}: no adult weighs less than ${formatAmount(c.blockBelow, 'kg')}` };
    if (weightKg < c.warnBelow || weightKg > c.warnAbove) return { level: 'warn', why: `for ${age}; enter the height so that it can be checked against the body-mass index` };
    return undefined;
  }
  const c = weightCutOffs.adultBmi;
  const bmi = weightKg / (heightCm / 100) ** 2;
  const who = `for ${age} who is ${formatAmount(heightCm, 'cm')} tall (a body-mass index of ${formatNumber(bmi, 1)})`;
  if (bmi < c.blockBelow || bmi > c.blockAbove) return { level: 'block', why: `${who}; this tool accepts ${formatNumber(c.blockBelow)} to ${formatNumber(c.blockAbove)}` };
  if (bmi < c.warnBelow || bmi > c.warnAbove) return { level: 'warn', why: who };
  return undefined;
}

/**
 * The weight, or an error saying why it is not plausible for this age and height; a warning when it is
 * unusual, or when it was confirmed although implausible. Without an age, only the range check of the input
 * applies. `field` names the weight's input.
 * @example checkWeight({ weightKg: 2, ageYears: 45, heightCm: 170 }) // error: "2 kg is not a plausible weight for a 45-year-old who is 170 cm tall …"
 */
export function checkWeight(facts: WeightFacts, field = 'weightKg'): Result<number> {
  const key = callerText(field, 'weightKg');
  // Called from outside the project too: every fact is read, and one that cannot be used is an error naming it.
  if (!isRecord(facts)) return fail([{ field: key, message: messages.notAnObject('weight, age and height') }]);
  const read = collectFields<WeightFacts>({
    // Finite numbers only: the ranges are the callers' (a regimen's own reader applies them first).
    weightKg: readFinite(facts.weightKg, key, ranges.weightKg),
    ageYears: facts.ageYears === undefined ? undefined : readFinite(facts.ageYears, 'ageYears', ranges.ageYears),
    heightCm: facts.heightCm === undefined ? undefined : readFinite(facts.heightCm, 'heightCm', ranges.heightCm),
    weightConfirmed: readOptionalBoolean(facts.weightConfirmed, 'weightConfirmed', 'weight confirmation'),
  });
  if (!read.ok) return read;
  const { weightKg, ageYears, heightCm, weightConfirmed } = read.value;
  if (ageYears === undefined) return ok(weightKg);
  const verdict = ageYears < 18 ? childVerdict(weightKg, ageYears) ?? childHeightVerdict(weightKg, ageYears, heightCm) : adultVerdict(weightKg, ageYears, heightCm);
  if (verdict === undefined) return ok(weightKg);
  const kg = formatAmount(weightKg, 'kg');
  if (verdict.level === 'block' && weightConfirmed !== true) {
    const error: FieldError = {
      field: key,
      message: `${kg} is not a plausible weight ${verdict.why}. Check the weight and its unit; if it is right, confirm it to see the doses.`,
    };
    return fail([error]);
  }
  const note: Note = verdict.level === 'block'
    ? { code: 'weight-confirmed', message: `The weight, ${kg}, was confirmed although it is outside the plausible range ${verdict.why}. Doses are computed from it.` }
    : { code: 'weight-unusual', message: `${kg} is an unusual weight ${verdict.why}. Check it before prescribing.` };
  return ok(weightKg, [note]);
}
