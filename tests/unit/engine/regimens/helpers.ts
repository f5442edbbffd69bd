import { planRegimen, type RegimenId, type RegimenItem, type RegimenPlan } from '../../../../src/engine/regimens';
import type { Note } from '../../../../src/engine/result';

/** An adult Rh(D)-positive patient with a spleen and normal haemoglobin, for regimens that need those details. */
export const adult = { ageYears: 40, rhD: 'positive', splenectomised: false, haemoglobinGdL: 12.5 } as const;
export const child = { ...adult, ageYears: 8, datNegative: true } as const;

/** A plan that must succeed: the test fails with the errors otherwise. */
export function plan(id: RegimenId, patient: Record<string, unknown>): { value: RegimenPlan; warnings: Note[] } {
  const result = planRegimen(id, patient);
  if (!result.ok) throw new Error(`${id}: ${JSON.stringify(result.errors)}`);
  return result;
}

/** The item for one drug of a plan. */
export function item(id: RegimenId, patient: Record<string, unknown>, drug = ''): RegimenItem {
  const { items } = plan(id, patient).value;
  const found = drug === '' ? items[0] : items.find((candidate) => candidate.drug === drug);
  if (found === undefined) throw new Error(`${id}: no ${drug}`);
  return found;
}

export function codes(id: RegimenId, patient: Record<string, unknown>): string[] {
  return plan(id, patient).warnings.map((note) => note.code);
}

/** The field names of a failed plan. */
export function errorFields(id: unknown, patient: unknown): string[] {
  const result = planRegimen(id, patient);
  return result.ok ? [] : result.errors.map((error) => error.field);
}
