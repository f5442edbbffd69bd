/**
 * Regimen dose plans: `planRegimen(id, patient)` for the nine regimens of the engine contract. Each regimen
 * is a module of data (items with dose rules, routes, schedules, citations) and notes; this file reads the
 * input, computes the BSA when a height is given, and hands the patient to the regimen.
 */
import { computeBsa } from '../bsa';
import { citationKey } from '../citations';
import { fail, ok, type Result } from '../result';
import { isFieldError, readChoice } from '../validate';
import { antiD } from './anti-d';
import { danazolAzathioprine } from './danazol-azathioprine';
import { dexamethasoneHighDose } from './dexamethasone-high-dose';
import { ivig } from './ivig';
import { methylprednisolonePulseRegimen } from './methylprednisolone-pulse';
import { multiagentRescue } from './multiagent-rescue';
import { isChild, readPatient } from './patient';
import { prednisone } from './prednisone';
import { rituximabLowDose } from './rituximab-low-dose';
import { rituximabStandard } from './rituximab-standard';
import { contextLimitNotes, limitNotes, limitsFirst } from './limits';
import { copyLimit, copySpec, readRuleContext } from './rule-context';
import { regimenIds, type Body, type RegimenDefinition, type RegimenId, type RegimenPlan, type RegimenRules } from './types';

export { regimenIds, prednisoneRules, ageGroups } from './types';
export type {
  AgeGroup, Cap, DoseRule, ItemSpec, Patient, PatientInput, PopulationFact, PopulationLimit, PrednisoneRule, RegimenId,
  RegimenItem, RegimenPlan, RegimenRules, RuleContext,
} from './types';
export { formatDoseRule } from './dose-rule';
export { antiDHaemoglobin } from './anti-d-rules';

const regimens: Record<RegimenId, RegimenDefinition> = {
  'rituximab-standard': rituximabStandard,
  'rituximab-low-dose': rituximabLowDose,
  'dexamethasone-high-dose': dexamethasoneHighDose,
  prednisone,
  ivig,
  'anti-d': antiD,
  'methylprednisolone-pulse': methylprednisolonePulseRegimen,
  'multiagent-rescue': multiagentRescue,
  'danazol-azathioprine': danazolAzathioprine,
};

/** What is shown for an id that names no regimen. */
export const unknownRegimen = '(unknown regimen)';

/** The display name of a regimen, e.g. "Rituximab, standard dose"; `unknownRegimen` for any other value. */
export function regimenName(id: RegimenId): string {
  const known = regimenIds.find((regimen) => regimen === id);
  return known === undefined ? unknownRegimen : regimens[known].name;
}

/**
 * Doses of one regimen for one patient, each with its working, route, schedule and citations; the warnings
 * carry what the prescriber must see (screening, boxed warnings, caps and their sources, conflicts).
 * Both arguments are checked at run time (a `RegimenId` and a `PatientInput` are expected), so untrusted
 * input gets field errors, never an exception.
 * @example planRegimen('rituximab-standard', { weightKg: 70, heightCm: 170 })
 *   // ok: rituximab 681.79… mg (375 mg/m² × 1.82 m²) once weekly for 4 doses (drugs.md W57)
 */
export function planRegimen(id: unknown, patient: unknown): Result<RegimenPlan> {
  const chosen = readChoice(id, 'id', 'regimen', regimenIds);
  if (isFieldError(chosen)) {
    const others = readPatient(patient, []);
    return fail([chosen, ...(others.ok ? [] : others.errors)]);
  }
  const regimen = regimens[chosen];
  const read = readPatient(patient, regimen.needs);
  if (!read.ok) return read;
  const p = read.value;
  const body: Body = {
    weightKg: p.weightKg,
    ...(p.heightCm === undefined ? {} : { bsa: computeBsa(p.weightKg, p.heightCm, p.bsaFormula) }),
  };
  const draft = regimen.plan(p, body);
  if (!draft.ok) return draft;
  const child = isChild(p);
  // A limit that applies comes first, however the regimen ordered its own notes (issue #18).
  const warnings = limitsFirst([...limitNotes(p, regimen.limits), ...read.warnings, ...draft.warnings]);
  const citations = [
    ...regimen.citations,
    ...draft.value.items.flatMap((item) => item.citations),
    ...warnings.flatMap((note) => (note.citation === undefined ? [] : [note.citation])),
  ];
  return ok({
    id: chosen,
    name: regimen.name,
    items: draft.value.items,
    citations: [...new Set(citations.map(citationKey))],
    doseOnRequest: warnings.some((note) => note.limit === 'contraindicated' || note.limit === 'no-data'),
    basis: {
      weightKg: p.weightKg,
      ...(p.heightCm === undefined ? {} : { heightCm: p.heightCm }),
      ...(p.ageYears === undefined ? {} : { ageYears: p.ageYears }),
      ageGroup: child === undefined ? 'not given' : child ? 'child' : 'adult',
      ...(body.bsa === undefined ? {} : { bsa: body.bsa }),
    },
  }, warnings);
}

/**
 * A regimen's rules as data, without a patient: each item's dose rule (fixed, per kg, a per-kg range or per
 * m², with any cap and where the cap comes from), route, schedule and citations, exactly as `planRegimen`
 * applies them for this age group; and the notes every plan for it carries, whatever the weight. Anti-D is
 * shown at its full dose (haemoglobin above 10 g/dL); a plan says when the reduced dose or a block applies.
 * The items are copies: changing them changes nothing the engine plans.
 * @example regimenRules('prednisone', { ageGroup: 'adult' })
 *   // ok: prednisone 1 mg/kg daily, cap 80 mg (ICR 2019 maximum), per day (drugs.md §7.1)
 */
export function regimenRules(id: unknown, context: unknown): Result<RegimenRules> {
  const chosen = readChoice(id, 'id', 'regimen', regimenIds);
  const read = readRuleContext(context);
  if (isFieldError(chosen)) return fail([chosen, ...(read.ok ? [] : read.errors)]);
  if (!read.ok) return read;
  const regimen = regimens[chosen];
  return ok({
    id: chosen,
    name: regimen.name,
    items: regimen.rules(read.value).map(copySpec),
    notes: [...contextLimitNotes(read.value, regimen.limits), ...regimen.notes(read.value).map((note) => ({ ...note }))],
    limits: regimen.limits.map(copyLimit),
  });
}
