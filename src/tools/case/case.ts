/**
 * The case being worked on: one store shared by every tool on a page, so the patient is typed once.
 * Values are kept as the reader typed them (strings and unit choices); `$caseValues` converts them
 * through the engine, which owns every unit conversion and plausibility check.
 */
import { atom } from 'nanostores';
import type { HaemoglobinUnit, HeightUnit, PlateletUnit, PriorOutcome, PriorTherapy, WeightUnit } from '../../engine';
import type { Answer } from '../shared/parse-input';

export const bleedingGrades = ['none', 'minor', 'mucosal', 'life-threatening'] as const;
export type BleedingGrade = (typeof bleedingGrades)[number];

/** One earlier treatment and how it went, in the engine's vocabulary (the link decoder rejects anything else). */
export interface PriorEntry {
  therapy: PriorTherapy;
  outcome: PriorOutcome;
}

/**
 * A row of the earlier-treatments editor as chosen so far. A row counts as soon as both are chosen, with no
 * "Add" to press (issue #17: a chosen row left un-added was silently ignored); one half-chosen blocks the advice.
 */
export interface PriorRow {
  therapy: PriorTherapy | '';
  outcome: PriorOutcome | '';
}

export const isCompletePrior = (row: PriorRow): row is PriorEntry => row.therapy !== '' && row.outcome !== '';

export interface CaseFields {
  age: string;
  weight: string;
  weightUnit: WeightUnit;
  height: string;
  heightUnit: HeightUnit;
  count: string;
  countUnit: PlateletUnit;
  bleeding: BleedingGrade | '';
  months: string;
  prior: PriorRow[];
  pregnant: Answer;
  /** Completed weeks of gestation, as typed; read only when pregnant is "yes". */
  gestation: string;
  /** Delivery planned (induction, caesarean or labour expected soon); read only when pregnant is "yes". */
  deliveryPlanned: Answer;
  /** Hepatic impairment of any degree: danazol's contraindication, eltrombopag's lower start. */
  hepatic: Answer;
  /** "I have checked this weight": the reader confirmed a weight the engine found implausible ('yes' only). */
  weightConfirmed: Answer;
  rhD: '' | 'positive' | 'negative';
  splenectomised: Answer;
  haemoglobin: string;
  haemoglobinUnit: HaemoglobinUnit;
}

export const emptyCase: CaseFields = {
  age: '',
  weight: '',
  weightUnit: 'kg',
  height: '',
  heightUnit: 'cm',
  count: '',
  countUnit: 'x10^9/L',
  bleeding: '',
  months: '',
  prior: [],
  pregnant: '',
  gestation: '',
  deliveryPlanned: '',
  hepatic: '',
  weightConfirmed: '',
  rhD: '',
  splenectomised: '',
  haemoglobin: '',
  haemoglobinUnit: 'g/dL',
};

export const $case = atom<CaseFields>({ ...emptyCase });

/** A confirmation is of one weight: typing another weight, or another unit, takes it back. */
const unconfirms: readonly (keyof CaseFields)[] = ['weight', 'weightUnit'];

export function setCaseField<K extends keyof CaseFields>(key: K, value: CaseFields[K]): void {
  const now = $case.get();
  const changed = unconfirms.includes(key) && now[key] !== value;
  $case.set({ ...now, [key]: value, ...(changed ? { weightConfirmed: '' } : {}) });
}

export function resetCase(): void {
  $case.set({ ...emptyCase });
}
