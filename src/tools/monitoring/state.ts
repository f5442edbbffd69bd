/**
 * The monitoring schedule's state on a page: the simulator's state (the same fields, link and request, so
 * the schedule and the simulator always read the same counts) with the engine's `monitoringPlan` over it,
 * and the fostamatinib helper.
 */
import { computed, type ReadableAtom } from 'nanostores';
import { monitoringPlanWith, type MonitoringPlan } from '../../engine';
import { engineOutcome, type EngineOutcome } from '../titration/outcome';
import { titrationState, type TitrationSetup, type TitrationState } from '../titration/state';
import { fostamatinibHelperState, type FostamatinibHelperState } from './fostamatinib-state';
import { handedOverHelperRules, type FostamatinibHelperRules } from './helper-rules';

export interface MonitoringSetup extends TitrationSetup {
  /** Where fostamatinib's helper rules are read once its rules have loaded: its script's global, or given (tests). */
  helperRules?: () => FostamatinibHelperRules | undefined;
}

export interface MonitoringState {
  titration: TitrationState;
  $plan: ReadableAtom<EngineOutcome<MonitoringPlan>>;
  helper: FostamatinibHelperState;
}

export function monitoringState({ helperRules = handedOverHelperRules, ...setup }: MonitoringSetup = {}): MonitoringState {
  const titration = titrationState(setup);
  // Fostamatinib's script hands over its helper rules as it runs, before its label table is taken in.
  const $helperRules = computed(titration.$rules, (agents) => (agents.sources.fostamatinib === undefined ? undefined : helperRules()));
  return {
    titration,
    $plan: computed([titration.$request, titration.$rules], (request, rules) => engineOutcome<MonitoringPlan>(request, rules, monitoringPlanWith)),
    helper: fostamatinibHelperState(titration.$outcome, $helperRules),
  };
}
