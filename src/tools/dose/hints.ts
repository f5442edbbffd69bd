/**
 * The numbers the dose calculator's choices mention, from the engine's own regimen data (`regimenRules`, the
 * rules `planRegimen` applies) through its formatting gate, never typed here: a change to a cap or a rate in
 * the engine changes the hint with it. Called in the view, not at the top of a module (the bundler keeps a
 * top-level call in every bundle that imports the module).
 */
import { formatDose, formatDoseRule, regimenRules, type DoseRule, type PrednisoneRule, type RegimenId } from '../../engine';

function firstRule(id: RegimenId, context: { ageGroup: 'adult' | 'child'; prednisoneRule?: PrednisoneRule }): DoseRule | undefined {
  const rules = regimenRules(id, context);
  return rules.ok ? rules.value.items[0]?.dose : undefined;
}

/** A children's prednisone schedule's daily maximum as the engine applies it: "120 mg"; undefined without one. */
export function prednisoneCap(rule: PrednisoneRule): string | undefined {
  const dose = firstRule('prednisone', { ageGroup: 'child', prednisoneRule: rule });
  return dose === undefined || dose.basis === 'flat' || dose.cap === undefined ? undefined : formatDose({ amount: dose.cap.amount, unit: dose.unit });
}

/** The rate per m² the body-surface area is used for: "375 mg/m²" (standard-dose rituximab). */
export function bsaRate(): string | undefined {
  const dose = firstRule('rituximab-standard', { ageGroup: 'adult' });
  return dose?.basis === 'bsa' ? formatDoseRule(dose) : undefined;
}
