/**
 * Fostamatinib and raised blood pressure (TAVALISSE §2.3; drugs.md §4.3, ✔2; W54–W56). A row fires when
 * either reading meets its bound ("SBP 130–139 or DBP 80–89"); "≥ 160/100" is read the same way (either
 * reading). `weeks` is how long the pressure has stayed in the row's range despite treatment. A calculator
 * of its own (one reading in, what to do out), apart from the count titration in fostamatinib.ts.
 */
import { formatNumber } from '../format/number';
import { collectFields } from '../plausibility';
import { ok, type Result } from '../result';
import { isRecord, readNumber } from '../validate';
import { within, type Bound } from './bounds';
import { fostamatinibReductionLadder, ladderStep, reduceFrom, type FostamatinibDailyDose } from './fostamatinib-reduction';
import { messages } from './messages';

export type BloodPressureCategory = 'below-stage-1' | 'stage-1' | 'stage-2' | 'hypertensive-crisis';
export type BloodPressureAction = 'continue' | 'treat' | 'reduce' | 'interrupt-or-discontinue' | 'discontinue';

export interface BloodPressureRule {
  id: string;
  category: BloodPressureCategory;
  either: { systolic: Bound; diastolic: Bound };
  weeks?: Bound;
  then: 'treat' | 'reduce' | 'interrupt-or-discontinue';
  advice: string;
}

const n = formatNumber;
const stage2 = { systolic: { ge: 140 }, diastolic: { ge: 90 } };
const stage1 = { systolic: { ge: 130, lt: 140 }, diastolic: { ge: 80, lt: 90 } };

/** First matching row wins. */
export const fostamatinibBloodPressureRules: readonly BloodPressureRule[] = [
  {
    id: 'hypertensive-crisis', category: 'hypertensive-crisis', either: { systolic: { gt: 180 }, diastolic: { gt: 120 } },
    then: 'interrupt-or-discontinue',
    advice: `interrupt or discontinue fostamatinib and treat the blood pressure; once it is back below target, resume at the same daily dose; if ≥ ${n(160)}/${n(100)} recurs for more than ${n(4)} weeks despite treatment, discontinue`,
  },
  {
    id: 'stage-2-refractory', category: 'stage-2', either: { systolic: { ge: 160 }, diastolic: { ge: 100 } }, weeks: { gt: 4 },
    then: 'interrupt-or-discontinue',
    advice: `≥ ${n(160)}/${n(100)} for more than ${n(4)} weeks despite aggressive treatment: interrupt or discontinue fostamatinib`,
  },
  {
    id: 'stage-2-persistent', category: 'stage-2', either: stage2, weeks: { gt: 8 }, then: 'reduce',
    advice: `≥ ${n(140)}/${n(90)} for more than ${n(8)} weeks: reduce to the next lower daily dose`,
  },
  { id: 'stage-2', category: 'stage-2', either: stage2, then: 'treat', advice: 'start or intensify antihypertensive treatment' },
  {
    id: 'stage-1-persistent', category: 'stage-1', either: stage1, weeks: { ge: 8 }, then: 'reduce',
    advice: `target not reached after ${n(8)} weeks: reduce to the next lower daily dose`,
  },
  {
    id: 'stage-1', category: 'stage-1', either: stage1, then: 'treat',
    advice: 'start or intensify antihypertensive treatment in patients with raised cardiovascular risk',
  },
];

export interface BloodPressureDecision {
  category: BloodPressureCategory;
  action: BloodPressureAction;
  rule: string;
  reason: string;
  /** After a reduction: the new daily dose. */
  nextDose?: FostamatinibDailyDose;
  /** A hypertensive crisis: the daily dose to resume once the pressure is back below target. */
  resumeDailyMg?: number;
  citation: string;
}

const citation = 'tavalisse-uspi §2.3';

/**
 * What the label says to do for one blood pressure reading on fostamatinib.
 * Example: `fostamatinibBloodPressure({ systolic: 148, diastolic: 94, weeks: 9, currentDailyMg: 300 })` → reduce to 200 mg a day.
 */
export function fostamatinibBloodPressure(input: unknown): Result<BloodPressureDecision> {
  const record = isRecord(input) ? input : {};
  const step = ladderStep(record.currentDailyMg);
  const read = collectFields<{ systolic: number; diastolic: number; weeks: number; step: number }>({
    systolic: readNumber(record.systolic, 'systolic', { label: 'systolic blood pressure', min: 40, max: 300, unit: 'mmHg' }),
    diastolic: readNumber(record.diastolic, 'diastolic', { label: 'diastolic blood pressure', min: 20, max: 200, unit: 'mmHg' }),
    weeks: record.weeks === undefined ? 0 : readNumber(record.weeks, 'weeks', { label: 'time at this blood pressure', min: 0, max: 520, unit: 'weeks' }),
    step: step ?? { field: 'currentDailyMg', message: messages.notOnLadder(fostamatinibReductionLadder.map((s) => n(s.dailyMg))) },
  });
  if (!read.ok) return read;
  const { systolic, diastolic, weeks } = read.value;
  const rule = fostamatinibBloodPressureRules.find((row) =>
    (within(systolic, row.either.systolic) || within(diastolic, row.either.diastolic))
    && (row.weeks === undefined || within(weeks, row.weeks)));
  const reading = `Blood pressure ${n(systolic)}/${n(diastolic)} mmHg${weeks > 0 ? ` for ${n(weeks)} weeks` : ''}`;
  if (rule === undefined) {
    return ok({ category: 'below-stage-1', action: 'continue', rule: 'below-stage-1', citation, reason: `${reading}: below stage 1; continue.` });
  }
  const base = { category: rule.category, rule: rule.id, citation };
  if (rule.then !== 'reduce') {
    const resume = rule.category === 'hypertensive-crisis' ? { resumeDailyMg: fostamatinibReductionLadder[read.value.step].dailyMg } : {};
    return ok({ ...base, ...resume, action: rule.then, reason: `${reading}: ${rule.advice}.` });
  }
  const reduction = reduceFrom(read.value.step);
  return ok(reduction.to === null
    ? { ...base, action: 'discontinue', reason: `${reading}: ${rule.advice}. ${reduction.reason}` }
    : { ...base, action: 'reduce', nextDose: reduction.to, reason: `${reading}: ${rule.advice}. ${reduction.reason}` });
}
