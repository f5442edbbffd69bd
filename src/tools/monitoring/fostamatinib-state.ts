/**
 * The fostamatinib helper on the monitoring page: from a daily dose (the latest step's, unless the reader
 * picks another on the label's ladder), the next lower dose when toxicity calls for a reduction, and what
 * the label says to do for a blood pressure reading. The engine decides both; kept out of the link, as
 * readings of the moment rather than part of the case.
 */
import { atom, computed } from 'nanostores';
import type { BloodPressureDecision, FostamatinibReduction } from '../../engine';
import { fostamatinibBloodPressure } from '../../engine/titration/fostamatinib-blood-pressure';
import { fostamatinibReduce } from '../../engine/titration/fostamatinib-reduction';
import { parseInput } from '../shared/parse-input';
import { $titrationOutcome } from '../titration/outcome';

export interface FostamatinibHelperFields {
  /** A daily dose on the ladder, in mg, or '' for the latest step's. */
  dailyMg: string;
  systolic: string;
  diastolic: string;
  /** How long the pressure has stayed at this level despite treatment. */
  weeks: string;
}

export const emptyFostamatinibHelper: FostamatinibHelperFields = { dailyMg: '', systolic: '', diastolic: '', weeks: '' };

export const $fostamatinibHelper = atom<FostamatinibHelperFields>({ ...emptyFostamatinibHelper });

export function setFostamatinibField<K extends keyof FostamatinibHelperFields>(key: K, value: FostamatinibHelperFields[K]): void {
  $fostamatinibHelper.set({ ...$fostamatinibHelper.get(), [key]: value });
}

export const fostamatinibControlIds = {
  dailyMg: 'fostamatinib-daily',
  systolic: 'fostamatinib-systolic',
  diastolic: 'fostamatinib-diastolic',
  weeks: 'fostamatinib-weeks',
} as const;

export interface FostamatinibHelperOutcome {
  /** The daily dose the helper reads: chosen, else the latest step's; undefined when there is none. */
  dailyMg: number | undefined;
  reduction: FostamatinibReduction | undefined;
  /** Control id → message. */
  errors: Record<string, string>;
  pressure: BloodPressureDecision | undefined;
}

const targets: Readonly<Record<string, string>> = {
  systolic: fostamatinibControlIds.systolic,
  diastolic: fostamatinibControlIds.diastolic,
  weeks: fostamatinibControlIds.weeks,
  currentDailyMg: fostamatinibControlIds.dailyMg,
};

export function fostamatinibHelper(fields: FostamatinibHelperFields, latestDailyMg: number | undefined): FostamatinibHelperOutcome {
  const dailyMg = fields.dailyMg === '' ? latestDailyMg : Number(fields.dailyMg);
  const reduced = dailyMg === undefined ? undefined : fostamatinibReduce(dailyMg);
  const out: FostamatinibHelperOutcome = { dailyMg, reduction: reduced?.ok === true ? reduced.value : undefined, errors: {}, pressure: undefined };
  if (fields.systolic.trim() === '' && fields.diastolic.trim() === '') return out;
  const decided = fostamatinibBloodPressure({
    systolic: parseInput(fields.systolic),
    diastolic: parseInput(fields.diastolic),
    weeks: parseInput(fields.weeks),
    currentDailyMg: dailyMg,
  });
  if (decided.ok) return { ...out, pressure: decided.value };
  for (const error of decided.errors) out.errors[targets[error.field] ?? fostamatinibControlIds.systolic] = error.message;
  return out;
}

/** The latest step's daily dose while the simulator is on fostamatinib. */
const $latestDailyMg = computed($titrationOutcome, (outcome) =>
  outcome.result.state === 'done' && outcome.result.value.agent === 'fostamatinib' ? outcome.result.value.steps.at(-1)?.mgPerDay : undefined);

export const $fostamatinibHelperOutcome = computed([$fostamatinibHelper, $latestDailyMg], fostamatinibHelper);
