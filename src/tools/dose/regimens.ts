/**
 * The regimens' rules on a page: each regimen is a script of its own (on-choice/<regimen>.ts), loaded when
 * the reader chooses it or at once for the regimen the page opens on (its link's), so the dose calculator
 * stays within its JavaScript budget however many regimens are added (shared/on-choice.ts says how).
 */
import type { RegimenDefinition, RegimenId } from '../../engine';
import { handOver, type Loaded } from '../shared/on-choice';

export type RegimenRules = Loaded<RegimenId, RegimenDefinition>;

/** Called by a regimen's script as it runs. */
export function handOverRegimen(regimen: RegimenDefinition): void {
  handOver(regimen.id, regimen);
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** What a regimen's script handed over, if it is that regimen's definition. */
export function readRegimen(id: RegimenId, rules: unknown): RegimenDefinition | undefined {
  if (!isRecord(rules) || rules.id !== id || typeof rules.rules !== 'function' || typeof rules.notes !== 'function'
    || !Array.isArray(rules.limits) || !Array.isArray(rules.needs)) return undefined;
  // Checked above field by field; the definition comes from this site's own script for this regimen.
  return rules as unknown as RegimenDefinition;
}
