/**
 * The "Your patient" summary: the walker's answer for the case ($walk, with the algorithm's part for the
 * case loaded on choice) and, for each of the first options, a dose for this patient from the regimens the
 * option maps to (doses.ts), each regimen's rules loaded when the option first appears (shared/on-choice.ts).
 */
import { atom, computed } from 'nanostores';
import { planRegimenWith, type Note, type RecommendedOption, type RegimenId, type RegimenPlan, type Urgency } from '../../engine';
import { $case, type CaseFields } from '../case/case';
import { $caseValues, type CaseValues } from '../case/case-values';
import { caseField, caseProblems, type CaseFieldKey } from '../case/field-keys';
import { patientFrom } from '../dose/patient-input';
import type { RegimenRules } from '../dose/regimens';
import { doseMessages } from '../shared/messages';
import { loadedNothing } from '../shared/on-choice';
import { engineProblems, type Problem } from '../shared/problems';
import { $walk, type WalkOutcome } from '../walker/state';
import { doseSources, optionsShown, regimensFor, type DoseSource } from './doses';

/** The case fields this page shows: the walker's, and what a dose needs. */
// The walker's questions in pregnancy (gestation, delivery planned) show only once pregnant (pregnancy-fields.tsx).
export const patientCaseFields = ['age', 'weight', 'height', 'count', 'bleeding', 'months', 'prior', 'pregnant', 'gestation', 'deliveryPlanned'] as const satisfies readonly (keyof CaseFields)[];

export type RegimenDose =
  | { regimen: RegimenId; state: 'loading' }
  | { regimen: RegimenId; state: 'problems'; problems: Problem<CaseFieldKey>[] }
  /** `withheld`: a population limit says not to give it, or the sources give no dose (Note.limit): shown on request only. */
  | { regimen: RegimenId; state: 'plan'; plan: RegimenPlan; warnings: Note[]; withheld: boolean };

export interface OptionSummary {
  option: RecommendedOption;
  source: DoseSource;
  /** One per regimen of a 'regimens' source, in the table's order. */
  doses: RegimenDose[];
}

export type PatientSummary =
  | Exclude<WalkOutcome, { state: 'walked' }>
  | { state: 'walked'; urgency: Urgency; options: OptionSummary[]; more: number; warnings: Note[] };

/** The regimens' rules the page has, each loaded when an option first needs it. */
export const $patientRegimens = atom<RegimenRules>(loadedNothing());

const problemFields: Readonly<Record<string, CaseFieldKey>> = {
  weightKg: caseField('weight'),
  heightCm: caseField('height'),
  ageYears: caseField('age'),
  pregnant: caseField('pregnant'),
};

const doseFields = ['age', 'weight', 'height', 'pregnant'] as const satisfies readonly (keyof CaseFields)[];

/** The engine's defaults for what only the dose calculator asks (BSA formula, children's prednisone schedule). */
const defaultChoices = { bsaFormula: 'mosteller', prednisoneRule: 'ash-2019', datNegative: '' } as const;

export function regimenDose(regimen: RegimenId, fields: CaseFields, values: CaseValues, rules: RegimenRules): RegimenDose {
  const unreadable = caseProblems(values.errors, doseFields);
  if (unreadable.length > 0) return { regimen, state: 'problems', problems: unreadable };
  if (rules.failed.includes(regimen)) return { regimen, state: 'problems', problems: [{ field: caseField('weight'), message: doseMessages.rulesNotLoaded(regimen) }] };
  if (rules.have[regimen] === undefined) return { regimen, state: 'loading' };
  const result = planRegimenWith(rules.have, regimen, patientFrom(fields, values, defaultChoices));
  if (!result.ok) return { regimen, state: 'problems', problems: engineProblems(result.errors, problemFields, caseField('weight')) };
  // The engine's own reading of its limits: a contraindicated or no-data limit holds the dose back.
  return { regimen, state: 'plan', plan: result.value, warnings: result.warnings, withheld: result.value.doseOnRequest };
}

/** The first options valid now (deferred ones only when nothing is valid now). */
export function shownOptions(options: readonly RecommendedOption[]): RecommendedOption[] {
  const now = options.filter((option) => option.deferred !== true);
  return (now.length > 0 ? now : options).slice(0, optionsShown);
}

export function patientSummary(walk: WalkOutcome, fields: CaseFields, values: CaseValues, rules: RegimenRules): PatientSummary {
  if (walk.state !== 'walked') return walk;
  const { urgency, options } = walk.recommendation;
  const first = shownOptions(options);
  return {
    state: 'walked',
    urgency,
    options: first.map((option) => {
      const source = doseSources[option.id];
      const doses = source.kind === 'regimens' ? source.regimens.map((regimen) => regimenDose(regimen, fields, values, rules)) : [];
      return { option, source, doses };
    }),
    more: options.length - first.length,
    warnings: walk.warnings,
  };
}

export const $summary = computed([$walk, $case, $caseValues, $patientRegimens], patientSummary);

/** The regimens the options shown need (the budget check's sets use it too: load-sets.ts). */
export function regimensShown(options: readonly RecommendedOption[]): RegimenId[] {
  return regimensFor(shownOptions(options).map((option) => option.id));
}

/** The regimens the options on screen need: loaded as soon as the walk names them. */
export const $wantedPatientRegimens = computed($walk, (walk): RegimenId[] => (walk.state === 'walked' ? regimensShown(walk.recommendation.options) : []));

/** Set when the page opens on a link that carries a case: the summary then takes the focus once answered. */
export const $arrivedWithCase = atom(false);
