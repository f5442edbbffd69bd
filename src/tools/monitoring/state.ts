/**
 * The monitoring schedule's result: the simulator's request (titration-request.ts) through the engine's
 * `monitoringPlan`, so the schedule and the simulator always read the same counts. In its own module: a
 * store is a top-level call the bundler must keep, and the titration page does not show the plan.
 */
import { computed } from 'nanostores';
import type { MonitoringPlan } from '../../engine';
// From its own module: the engine's index would bring the algorithm and the regimens too.
import { monitoringPlanWith } from '../../engine/titration/monitoring-plan';
import { $titrationAgents } from '../titration/agents';
import { $titrationRequest, engineOutcome } from '../titration/outcome';

export const $monitoringOutcome = computed([$titrationRequest, $titrationAgents], (request, sources) =>
  engineOutcome<MonitoringPlan>(request, monitoringPlanWith(sources)));
