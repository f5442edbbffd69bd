/**
 * The shared planner: one regimen's doses for one patient, over the regimens a caller carries. A page that
 * offers the regimens one at a time loads each regimen's module (rituximab-standard.ts, prednisone.ts, …)
 * when the reader chooses it and passes the ones it has; the contract's `planRegimen` passes all nine
 * (index.ts). This file reads the input, computes the BSA when a height is given, applies the regimen's
 * rules (or its own planner) and puts the population limits that apply first.
 */
import { computeBsa } from '../bsa';
import { citationKey } from '../citations';
import { fail, ok, withholdsDose, type Result } from '../result';
import { isFieldError, readChoice } from '../validate';
import { limitNotes, limitsFirst } from './limits';
import { regimenNames } from './names';
import { isChild, readPatient } from './patient';
import { planItems } from './plan';
import { ruleContext } from './rule-context';
import { regimenIds, type Body, type Draft, type Patient, type RegimenDefinition, type RegimenPlan, type Regimens } from './types';

/** A regimen's own planner, or its rules and notes for the patient's context. */
function draftOf(regimen: RegimenDefinition, patient: Patient, body: Body): Draft {
  if (regimen.plan !== undefined) return regimen.plan(patient, body);
  const context = ruleContext(patient);
  return planItems(regimen.rules(context), body, [...regimen.notes(context)]);
}

/**
 * Doses of one regimen for one patient, each with its working, route, schedule and citations; the warnings
 * carry what the prescriber must see (screening, boxed warnings, caps and their sources, conflicts), the
 * population limits that apply first. Both arguments are checked at run time (a `RegimenId` and a
 * `PatientInput` are expected), so untrusted input gets field errors, never an exception. A regimen the
 * caller does not carry fails on `id`, saying so.
 * @example planRegimenWith({ 'rituximab-standard': rituximabStandard }, 'rituximab-standard', { weightKg: 70, heightCm: 170 })
 *   // ok: rituximab 681.79… mg (375 mg/m² × 1.82 m²) once weekly for 4 doses (drugs.md W57)
 */
export function planRegimenWith(regimens: Regimens, id: unknown, patient: unknown): Result<RegimenPlan> {
  const chosen = readChoice(id, 'id', 'regimen', regimenIds);
  if (isFieldError(chosen)) {
    const others = readPatient(patient, []);
    return fail([chosen, ...(others.ok ? [] : others.errors)]);
  }
  const regimen = regimens[chosen];
  if (regimen === undefined) {
    return fail([{ field: 'id', message: `This page does not carry the rules for ${regimenNames[chosen]}: use the dose calculator.` }]);
  }
  const read = readPatient(patient, regimen.needs);
  if (!read.ok) return read;
  const p = read.value;
  const body: Body = {
    weightKg: p.weightKg,
    ...(p.heightCm === undefined ? {} : { bsa: computeBsa(p.weightKg, p.heightCm, p.bsaFormula) }),
  };
  const draft = draftOf(regimen, p, body);
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
    doseOnRequest: withholdsDose(warnings),
    basis: {
      weightKg: p.weightKg,
      ...(p.heightCm === undefined ? {} : { heightCm: p.heightCm }),
      ...(p.ageYears === undefined ? {} : { ageYears: p.ageYears }),
      ageGroup: child === undefined ? 'not given' : child ? 'child' : 'adult',
      ...(body.bsa === undefined ? {} : { bsa: body.bsa }),
    },
  }, warnings);
}
