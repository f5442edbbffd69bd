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
  prior: PriorEntry[];
  pregnant: Answer;
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
  rhD: '',
  splenectomised: '',
  haemoglobin: '',
  haemoglobinUnit: 'g/dL',
};

export const $case = atom<CaseFields>({ ...emptyCase });

export function setCaseField<K extends keyof CaseFields>(key: K, value: CaseFields[K]): void {
  $case.set({ ...$case.get(), [key]: value });
}

export function resetCase(): void {
  $case.set({ ...emptyCase });
}
