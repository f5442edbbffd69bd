/**
 * Regimen dose plans: the declared entry point for what every regimen shares — the shared planner
 * (`planRegimenWith`), the names, the shapes — and the contract's `planRegimen` and `regimenRules` over all
 * nine. Each regimen is a module of data (items with dose rules, routes, schedules, citations; its population
 * limits; its notes) and a declared entry point of its own, so a page can load the regimen a reader chooses:
 *
 *   planRegimenWith({ prednisone }, 'prednisone', patient)   // prednisone from './prednisone'
 *
 * Declared entry points: this file; one module per regimen (anti-d.ts, danazol-azathioprine.ts,
 * dexamethasone-high-dose.ts, ivig.ts, methylprednisolone-pulse.ts, multiagent-rescue.ts, prednisone.ts,
 * rituximab-low-dose.ts, rituximab-standard.ts).
 */
import { fail, ok, type Result } from '../result';
import { isFieldError, readChoice } from '../validate';
import { allRegimens } from './all';
import { contextLimitNotes } from './limits';
import { regimenNames } from './names';
import { planRegimenWith } from './planner';
import { copyLimit, copySpec, readRuleContext } from './rule-context';
import { regimenIds, type RegimenId, type RegimenPlan, type RegimenRules } from './types';

export { regimenIds, prednisoneRules, ageGroups } from './types';
export type {
  AgeGroup, Cap, DoseRule, ItemSpec, Patient, PatientInput, PopulationFact, PopulationLimit, PrednisoneRule, RegimenDefinition,
  RegimenId, RegimenItem, RegimenPlan, RegimenRules, Regimens, RuleContext,
} from './types';
export { formatDoseRule } from './dose-rule';
export { antiDHaemoglobin } from './anti-d-rules';
export { planRegimenWith } from './planner';
export { allRegimens } from './all';
export { regimenNames } from './names';

/** What is shown for an id that names no regimen. */
export const unknownRegimen = '(unknown regimen)';

/** The display name of a regimen, e.g. "Rituximab, standard dose"; `unknownRegimen` for any other value. */
export function regimenName(id: RegimenId): string {
  const known = regimenIds.find((regimen) => regimen === id);
  return known === undefined ? unknownRegimen : regimenNames[known];
}

/**
 * Doses of one regimen for one patient, over all nine regimens (planner.ts, `planRegimenWith`).
 * @example planRegimen('rituximab-standard', { weightKg: 70, heightCm: 170 })
 *   // ok: rituximab 681.79… mg (375 mg/m² × 1.82 m²) once weekly for 4 doses (drugs.md W57)
 */
export function planRegimen(id: unknown, patient: unknown): Result<RegimenPlan> {
  return planRegimenWith(allRegimens, id, patient);
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
  const regimen = allRegimens[chosen];
  return ok({
    id: chosen,
    name: regimen.name,
    items: regimen.rules(read.value).map(copySpec),
    notes: [...contextLimitNotes(read.value, regimen.limits), ...regimen.notes(read.value).map((note) => ({ ...note }))],
    limits: regimen.limits.map(copyLimit),
  });
}
