/**
 * Fostamatinib's helper rules on the monitoring page: its toxicity dose-reduction ladder and blood-pressure
 * rules (TAVALISSE §2.3) and the engine's decisions over them. They are fostamatinib's alone, so they come
 * with fostamatinib's script on this page (on-choice/fostamatinib.ts, with its label table) and the page's
 * own script carries none of them (DESIGN.md "Budgets"). The script hands them over on the shared global
 * (shared/on-choice.ts); the page reads them once fostamatinib's rules have loaded.
 */
import type {
  fostamatinibBloodPressure, fostamatinibBloodPressureRules, fostamatinibReduce, fostamatinibReductionLadder,
} from '../../engine/titration/fostamatinib';
import { handedOver, handOver } from '../shared/on-choice';

export interface FostamatinibHelperRules {
  ladder: typeof fostamatinibReductionLadder;
  bloodPressureRules: typeof fostamatinibBloodPressureRules;
  reduce: typeof fostamatinibReduce;
  bloodPressure: typeof fostamatinibBloodPressure;
}

const choice = 'fostamatinib-helper';

/** Called by fostamatinib's script on the monitoring page as it runs. */
export function handOverHelperRules(rules: FostamatinibHelperRules): void {
  handOver(choice, rules);
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** The helper rules fostamatinib's script handed over, if it has run and they have their shape. */
export function handedOverHelperRules(): FostamatinibHelperRules | undefined {
  const rules = handedOver(choice);
  if (!isRecord(rules) || !Array.isArray(rules.ladder) || !Array.isArray(rules.bloodPressureRules)) return undefined;
  if (typeof rules.reduce !== 'function' || typeof rules.bloodPressure !== 'function') return undefined;
  // Checked above field by field; the rules come from this site's own script for fostamatinib.
  return rules as unknown as FostamatinibHelperRules;
}
