/** The shared planner: turns item data into items with doses for one body. */
import { hasErrors } from '../plausibility';
import { fail, ok, type FieldError, type Note, type Result } from '../result';
import { isFieldError } from '../validate';
import { computeDose, computeWeightDose, type ComputedDose } from './dose-rule';
import type { Body, ItemSpec, RegimenItem, WeightRule } from './types';

function itemFrom(spec: ItemSpec, computed: ComputedDose): RegimenItem {
  return {
    drug: spec.drug,
    dose: computed.dose,
    route: spec.route,
    schedule: spec.schedule,
    per: spec.per,
    working: computed.working,
    ...(computed.capNote === undefined ? {} : { capNote: computed.capNote }),
    citations: [...spec.citations],
  };
}

export function planItem(spec: ItemSpec, body: Body): RegimenItem | FieldError {
  const computed = computeDose(spec.dose, body);
  return isFieldError(computed) ? computed : itemFrom(spec, computed);
}

/** An item dosed by weight: it needs nothing else, so it cannot fail. */
export function planWeightItem(spec: ItemSpec & { dose: WeightRule }, weightKg: number): RegimenItem {
  return itemFrom(spec, computeWeightDose(spec.dose, weightKg));
}

/** Items for every spec with the regimen's notes, or the errors that stop it. */
export function planItems(specs: readonly ItemSpec[], body: Body, notes: Note[]): Result<{ items: RegimenItem[] }> {
  const planned = specs.map((spec) => planItem(spec, body));
  const errors = planned.filter(isFieldError);
  if (hasErrors(errors)) return fail(errors);
  return ok({ items: planned.filter((item): item is RegimenItem => !isFieldError(item)) }, notes);
}
