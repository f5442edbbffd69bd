/**
 * The fostamatinib helper on the monitoring page: from a daily dose (the latest step's, unless the reader
 * picks another on the label's ladder), the next lower dose when toxicity calls for a reduction, and what
 * the label says to do for a blood pressure reading. The engine decides both; kept out of the link, as
 * readings of the moment rather than part of the case.
 */
import { atom, computed, type ReadableAtom, type WritableAtom } from 'nanostores';
import {
  fostamatinibBloodPressure, fostamatinibReduce, type BloodPressureDecision, type FostamatinibReduction, type TitrationValue,
} from '../../engine';
import { parseInput } from '../shared/parse-input';
import type { EngineOutcome } from '../titration/outcome';

export interface FostamatinibHelperFields {
  /** A daily dose on the ladder, in mg, or '' for the latest step's. */
  dailyMg: string;
  systolic: string;
  diastolic: string;
  /** How long the pressure has stayed at this level despite treatment. */
  weeks: string;
}

export const emptyFostamatinibHelper: FostamatinibHelperFields = { dailyMg: '', systolic: '', diastolic: '', weeks: '' };

/** The helper's fields as problems and errors name them. */
export type FostamatinibFieldKey = `fostamatinib.${keyof FostamatinibHelperFields}`;

export interface FostamatinibHelperOutcome {
  /** The daily dose the helper reads: chosen, else the latest step's; undefined when there is none. */
  dailyMg: number | undefined;
  reduction: FostamatinibReduction | undefined;
  /** Field → message. */
  errors: Partial<Record<FostamatinibFieldKey, string>>;
  pressure: BloodPressureDecision | undefined;
}

/** Engine field → the helper's field. */
const fields: Readonly<Record<string, FostamatinibFieldKey>> = {
  systolic: 'fostamatinib.systolic',
  diastolic: 'fostamatinib.diastolic',
  weeks: 'fostamatinib.weeks',
  currentDailyMg: 'fostamatinib.dailyMg',
};

export function fostamatinibHelper(typed: FostamatinibHelperFields, latestDailyMg: number | undefined): FostamatinibHelperOutcome {
  const dailyMg = typed.dailyMg === '' ? latestDailyMg : Number(typed.dailyMg);
  const reduced = dailyMg === undefined ? undefined : fostamatinibReduce(dailyMg);
  const out: FostamatinibHelperOutcome = { dailyMg, reduction: reduced?.ok === true ? reduced.value : undefined, errors: {}, pressure: undefined };
  if (typed.systolic.trim() === '' && typed.diastolic.trim() === '') return out;
  const decided = fostamatinibBloodPressure({
    systolic: parseInput(typed.systolic),
    diastolic: parseInput(typed.diastolic),
    weeks: parseInput(typed.weeks),
    currentDailyMg: dailyMg,
  });
  if (decided.ok) return { ...out, pressure: decided.value };
  for (const error of decided.errors) out.errors[fields[error.field] ?? 'fostamatinib.systolic'] = error.message;
  return out;
}

export interface FostamatinibHelperState {
  $fields: WritableAtom<FostamatinibHelperFields>;
  $outcome: ReadableAtom<FostamatinibHelperOutcome>;
  set<K extends keyof FostamatinibHelperFields>(key: K, value: FostamatinibHelperFields[K]): void;
}

/** The helper on a page, reading the latest step's daily dose while the simulator is on fostamatinib. */
export function fostamatinibHelperState($steps: ReadableAtom<EngineOutcome<TitrationValue>>): FostamatinibHelperState {
  const $fields = atom<FostamatinibHelperFields>({ ...emptyFostamatinibHelper });
  const $latestDailyMg = computed($steps, ({ result }) =>
    result.state === 'done' && result.value.agent === 'fostamatinib' ? result.value.steps.at(-1)?.mgPerDay : undefined);
  return {
    $fields,
    $outcome: computed([$fields, $latestDailyMg], fostamatinibHelper),
    set: (key, value) => $fields.set({ ...$fields.get(), [key]: value }),
  };
}
