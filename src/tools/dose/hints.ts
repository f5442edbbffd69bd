/**
 * The numbers the dose calculator's choices mention, from the engine's own regimen data (`regimenRules`, the
 * rules `planRegimen` applies) through its formatting gate, never typed here: a change to a cap or a rate in
 * the engine changes the hint with it. Worked out at build time (build.ts) and given to the view as props:
 * the page's script carries no regimen's rules (each is loaded when it is chosen, regimens.ts).
 */
import { formatDose, formatDoseRule, prednisoneRules, regimenRules, type DoseRule, type PrednisoneRule, type RegimenId } from '../../engine';
import { stringMap } from '../shared/props';

/** What the choices say: the rate per m² the BSA is used for, and each children's prednisone schedule's cap. */
export interface DoseHints {
  bsaRate?: string;
  prednisoneCaps: Readonly<Partial<Record<PrednisoneRule, string>>>;
}

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

/** The hints as the build works them out. */
export function doseHints(): DoseHints {
  const rate = bsaRate();
  const caps: Partial<Record<PrednisoneRule, string>> = {};
  for (const rule of prednisoneRules) {
    const cap = prednisoneCap(rule);
    if (cap !== undefined) caps[rule] = cap;
  }
  return { ...(rate === undefined ? {} : { bsaRate: rate }), prednisoneCaps: caps };
}

/** The hints as the page wrote them (`data-tool-props`); none where the data is not hints. */
export function readDoseHints(data: unknown): DoseHints {
  const record = typeof data === 'object' && data !== null ? data : {};
  const rate = 'bsaRate' in record && typeof record.bsaRate === 'string' ? record.bsaRate : undefined;
  const caps = stringMap('prednisoneCaps' in record ? record.prednisoneCaps : undefined) ?? {};
  const prednisoneCaps: Partial<Record<PrednisoneRule, string>> = {};
  for (const rule of prednisoneRules) {
    const cap = caps[rule];
    if (cap !== undefined) prednisoneCaps[rule] = cap;
  }
  return { ...(rate === undefined ? {} : { bsaRate: rate }), prednisoneCaps };
}
