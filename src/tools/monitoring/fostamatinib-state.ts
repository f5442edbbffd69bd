/**
 * The fostamatinib helper on the monitoring page: from a daily dose (the latest step's, unless the reader
 * picks another on the label's ladder), the next lower dose when toxicity calls for a reduction, and what
 * the label says to do for a blood pressure reading. The engine decides both; kept out of the link, as
 * readings of the moment rather than part of the case.
 */
import { atom, computed, type ReadableAtom, type WritableAtom } from 'nanostores';
import type { BloodPressureDecision, FostamatinibReduction, TitrationValue } from '../../engine';
import { readTypedValue } from '../../engine/units';
import type { EngineOutcome } from '../titration/outcome';
import type { FostamatinibHelperRules } from './helper-rules';

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

/**
 * A reading as the engine's separator rules read typed text; the range is the engine's to check, with its
 * words, so this reader only refuses what is not a number (and says what to type). Empty is "not given".
 */
function typedNumber(text: string, field: FostamatinibFieldKey, label: string, example: string, out: FostamatinibHelperOutcome): number | undefined {
  if (text.trim() === '') return undefined;
  const read = readTypedValue(text, field, { label, min: 0, max: Number.MAX_SAFE_INTEGER, example });
  if (read.ok) return read.value;
  out.errors[field] = read.errors.map((error) => error.message).join(' ');
  return undefined;
}

export function fostamatinibHelper(
  typed: FostamatinibHelperFields, latestDailyMg: number | undefined, rules: FostamatinibHelperRules,
): FostamatinibHelperOutcome {
  const dailyMg = typed.dailyMg === '' ? latestDailyMg : Number(typed.dailyMg);
  const reduced = dailyMg === undefined ? undefined : rules.reduce(dailyMg);
  const out: FostamatinibHelperOutcome = { dailyMg, reduction: reduced?.ok === true ? reduced.value : undefined, errors: {}, pressure: undefined };
  if (typed.systolic.trim() === '' && typed.diastolic.trim() === '') return out;
  const readings = {
    systolic: typedNumber(typed.systolic, 'fostamatinib.systolic', 'systolic blood pressure', '140', out),
    diastolic: typedNumber(typed.diastolic, 'fostamatinib.diastolic', 'diastolic blood pressure', '90', out),
    weeks: typedNumber(typed.weeks, 'fostamatinib.weeks', 'time at this blood pressure', '2', out),
  };
  const decided = rules.bloodPressure({ ...readings, currentDailyMg: dailyMg });
  if (decided.ok && Object.keys(out.errors).length === 0) return { ...out, pressure: decided.value };
  // What could not be read as a number keeps its own message; the engine's cover the rest.
  for (const error of decided.ok ? [] : decided.errors) out.errors[fields[error.field] ?? 'fostamatinib.systolic'] ??= error.message;
  return out;
}

export interface FostamatinibHelperState {
  $fields: WritableAtom<FostamatinibHelperFields>;
  /** Fostamatinib's helper rules, once its script has loaded (helper-rules.ts). */
  $rules: ReadableAtom<FostamatinibHelperRules | undefined>;
  /** Undefined until the rules have loaded. */
  $outcome: ReadableAtom<FostamatinibHelperOutcome | undefined>;
  set<K extends keyof FostamatinibHelperFields>(key: K, value: FostamatinibHelperFields[K]): void;
}

/** The helper on a page, reading the latest step's daily dose while the simulator is on fostamatinib. */
export function fostamatinibHelperState(
  $steps: ReadableAtom<EngineOutcome<TitrationValue>>, $rules: ReadableAtom<FostamatinibHelperRules | undefined>,
): FostamatinibHelperState {
  const $fields = atom<FostamatinibHelperFields>({ ...emptyFostamatinibHelper });
  const $latestDailyMg = computed($steps, ({ result }) =>
    result.state === 'done' && result.value.agent === 'fostamatinib' ? result.value.steps.at(-1)?.mgPerDay : undefined);
  return {
    $fields,
    $rules,
    $outcome: computed([$fields, $latestDailyMg, $rules], (typed, latest, rules) => (rules === undefined ? undefined : fostamatinibHelper(typed, latest, rules))),
    set: (key, value) => $fields.set({ ...$fields.get(), [key]: value }),
  };
}
