/**
 * The decision on the latest count, said in the live region: what changes is announced, not the whole
 * table. The rule set in force is named with it, so a US or EU reading is never mistaken for the other.
 */
import type { TitrationValue } from '../../engine';
import { formatNumber } from '../../engine/format';
import { Citations, type ReferenceLabels } from '../shared/ui/Citations';
import { actionNames, rulesetNames } from './words';

export interface LatestStepProps {
  value: TitrationValue;
  refs: ReferenceLabels;
}

export function LatestStep({ value, refs }: LatestStepProps) {
  const step = value.steps.at(-1);
  if (step === undefined) return null;
  return (
    <div class="latest-step">
      <p class="latest-decision">
        Day {formatNumber(step.day)}: <strong>{actionNames[step.action]}</strong> — {step.schedule}
      </p>
      <p>
        {step.reason} <Citations citations={[step.citation]} refs={refs} />
      </p>
      <p>
        <strong>Next count:</strong> {step.nextCountDue === null ? 'none due' : `day ${formatNumber(step.nextCountDue)}`} ({step.countSchedule}).
        {' '}<strong>Rule set in force:</strong> {rulesetNames[value.ruleset]}.
      </p>
    </div>
  );
}
