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

export interface MonitoringState {
  titration: TitrationState;
  $plan: ReadableAtom<EngineOutcome<MonitoringPlan>>;
  helper: FostamatinibHelperState;
}

export function monitoringState(setup: TitrationSetup = {}): MonitoringState {
  const titration = titrationState(setup);
  return {
    titration,
    $plan: computed([titration.$request, titration.$rules], (request, rules) => engineOutcome<MonitoringPlan>(request, rules, monitoringPlanWith)),
    helper: fostamatinibHelperState(titration.$outcome),
  };
}
