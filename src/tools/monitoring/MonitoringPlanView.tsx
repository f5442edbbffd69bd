/**
 * The monitoring plan after the latest assessment: whether the dose is stable, still being adjusted or
 * stopped, and each test with its schedule, the day it is next due and its source.
 */
import type { MonitoringPlan } from '../../engine';
import { formatNumber } from '../../engine/format';
import { Citations, type ReferenceLabels } from '../shared/ui/Citations';
import { agentNames, rulesetNames } from '../titration/words';

export interface MonitoringPlanViewProps {
  plan: MonitoringPlan;
  refs: ReferenceLabels;
}

function status(plan: MonitoringPlan): string {
  if (plan.stopped) return 'stopped';
  return plan.stable ? 'stable' : 'dose still being adjusted';
}

export function MonitoringPlanView({ plan, refs }: MonitoringPlanViewProps) {
  const platelets = plan.items[0];
  return (
    <div class="monitoring-plan">
      {platelets !== undefined && (
        <p class="latest-decision">
          Next platelet count: <strong>{platelets.nextDue === null ? '—' : `day ${formatNumber(platelets.nextDue)}`}</strong> ({platelets.schedule})
        </p>
      )}
      <p>
        After day {formatNumber(plan.day)}: {status(plan)}. <strong>Rule set in force:</strong> {rulesetNames[plan.ruleset]}.
      </p>
      <div class="table-scroll" role="region" aria-labelledby="monitoring-caption" tabIndex={0}>
        <table class="monitoring-table">
          <caption id="monitoring-caption">What to measure: {agentNames[plan.agent]}</caption>
          <thead>
            <tr>
              <th scope="col">Test</th>
              <th scope="col">Schedule</th>
              <th scope="col">Next due</th>
            </tr>
          </thead>
          <tbody>
            {plan.items.map((item) => (
              <tr key={item.test}>
                <th scope="row">{item.test}</th>
                <td>
                  {item.schedule} <Citations citations={[item.citation]} refs={refs} />
                </td>
                <td>{item.nextDue === null ? '—' : `Day ${formatNumber(item.nextDue)}`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
