/**
 * The dose calculator's own inputs (the regimen, the BSA formula, and two answers only some regimens need)
 * and its result: the case as the engine reads it → planRegimen → a plan, or the problems that stop it.
 */
import { atom, computed } from 'nanostores';
import {
  bsaFormulas, planRegimenWith, prednisoneRules, regimenIds,
  type BsaFormula, type Note, type PrednisoneRule, type RegimenId, type RegimenPlan,
} from '../../engine';
import { $case, type CaseFields } from '../case/case';
import { readAge, readCase, readHaemoglobin, readHeight, readWeight, type CaseValues } from '../case/case-values';
import { withWeightCheck } from '../case/weight-check';
import { caseField, caseProblems, type CaseFieldKey } from '../case/field-keys';
import { doseMessages } from '../shared/messages';
import { loadedNothing } from '../shared/on-choice';
import type { Answer } from '../shared/parse-input';
import { engineProblems, type Problem } from '../shared/problems';
import { readAnswer, readChoice, writeAnswer, writeValue } from '../shared/url-params';
import type { UrlCodec } from '../shared/url-state';
import { patientFrom } from './patient-input';
import type { RegimenRules } from './regimens';

export interface DoseFields {
  regimen: RegimenId | '';
  bsaFormula: BsaFormula;
  /** Direct antiglobulin test negative: anti-D in children only. */
  datNegative: Answer;
  /** Children's prednisone: ASH 2019 or the ICR high-dose schedule. */
  prednisoneRule: PrednisoneRule;
}

export const emptyDose: DoseFields = { regimen: '', bsaFormula: 'mosteller', datNegative: '', prednisoneRule: 'ash-2019' };

export const $dose = atom<DoseFields>({ ...emptyDose });

export function setDoseField<K extends keyof DoseFields>(key: K, value: DoseFields[K]): void {
  $dose.set({ ...$dose.get(), [key]: value });
}

export const doseCodec: UrlCodec<DoseFields> = {
  decode(params, fallback) {
    const rejected: string[] = [];
    const value: DoseFields = {
      regimen: readChoice(params, 'regimen', regimenIds, rejected) ?? fallback.regimen,
      bsaFormula: readChoice(params, 'bsa', bsaFormulas, rejected) ?? fallback.bsaFormula,
      datNegative: readAnswer(params, 'datneg', rejected) ?? fallback.datNegative,
      prednisoneRule: readChoice(params, 'pred', prednisoneRules, rejected) ?? fallback.prednisoneRule,
    };
    return { value, rejected };
  },
  encode(value, params) {
    writeValue(params, 'regimen', value.regimen, emptyDose.regimen);
    writeValue(params, 'bsa', value.bsaFormula, emptyDose.bsaFormula);
    writeAnswer(params, 'datneg', value.datNegative);
    writeValue(params, 'pred', value.prednisoneRule, emptyDose.prednisoneRule);
  },
};

/** A field a dose problem can name: the calculator's own ("dose.regimen"), or the case's. */
export type DoseProblemField = `dose.${keyof DoseFields}` | CaseFieldKey;

/** Where each of planRegimen's error fields is fixed. */
const problemFields: Readonly<Record<string, DoseProblemField>> = {
  id: 'dose.regimen',
  weightKg: caseField('weight'),
  heightCm: caseField('height'),
  ageYears: caseField('age'),
  haemoglobinGdL: caseField('haemoglobin'),
  rhD: caseField('rhD'),
  splenectomised: caseField('splenectomised'),
  pregnant: caseField('pregnant'),
  hepaticImpairment: caseField('hepatic'),
  weightConfirmed: caseField('weight'),
  bsaFormula: 'dose.bsaFormula',
  datNegative: 'dose.datNegative',
  prednisoneRule: 'dose.prednisoneRule',
};

/** The case fields the dose calculator reads. */
export const doseCaseFields = [
  'age', 'weight', 'height', 'pregnant', 'hepatic', 'rhD', 'splenectomised', 'haemoglobin',
] as const satisfies readonly (keyof CaseFields)[];

export type DoseOutcome =
  | { state: 'idle' }
  /** The chosen regimen's rules are on their way (a script of their own, regimens.ts): the plan follows. */
  | { state: 'loading'; regimen: RegimenId }
  | { state: 'problems'; problems: Problem<DoseProblemField>[] }
  | { state: 'plan'; plan: RegimenPlan; warnings: Note[] };

/**
 * The regimens' rules the page has: each is loaded when it is chosen (regimens.ts). Module-level like the
 * other dose stores; a page (or a test) that carries them already starts with them.
 */
export const $regimenRules = atom<RegimenRules>(loadedNothing());

/** The regimen whose rules the calculator needs now: the chosen one. */
export const $wantedRegimens = computed($dose, (dose): RegimenId[] => (dose.regimen === '' ? [] : [dose.regimen]));

export function doseOutcome(fields: CaseFields, values: CaseValues, dose: DoseFields, rules: RegimenRules): DoseOutcome {
  const { regimen } = dose;
  if (regimen === '') return { state: 'idle' };
  // A field that cannot be read would reach the engine as "not given": report the field itself instead.
  const unreadable = caseProblems(values.errors, doseCaseFields);
  if (unreadable.length > 0) return { state: 'problems', problems: unreadable };
  if (rules.loading.includes(regimen)) return { state: 'loading', regimen };
  if (rules.failed.includes(regimen)) return { state: 'problems', problems: [{ field: 'dose.regimen', message: doseMessages.rulesNotLoaded(regimen) }] };
  const result = planRegimenWith(rules.have, regimen, patientFrom(fields, values, dose));
  if (!result.ok) return { state: 'problems', problems: engineProblems(result.errors, problemFields, 'dose.regimen') };
  return { state: 'plan', plan: result.value, warnings: result.warnings };
}

/** The case fields the calculator shows, read by the engine, the weight checked against the age and height. */
export const $doseCaseValues = computed($case, (fields) => withWeightCheck(fields, readCase(fields, [readAge, readWeight, readHeight, readHaemoglobin])));

export const $doseOutcome = computed([$case, $doseCaseValues, $dose, $regimenRules], doseOutcome);
