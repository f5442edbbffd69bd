/**
 * The decision on the latest count, said in the live region: what changes is announced, not the whole
 * table. A hold that needs the prescriber's restart decision says so first, with the next count's day
 * (issue #18: never a silent hold). The rule set in force is named with it, so a US or EU reading is never
 * mistaken for the other.
 */
import type { TitrationValue } from '../../engine';
import { formatCount, formatNumber } from '../../engine/format';
import { titrationMessages } from '../shared/messages';
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
      {step.restartDecision === true && (
        <p class="restart-decision">{titrationMessages.restartDecision(formatCount(step.count), formatNumber(step.nextCountDue))}</p>
      )}
      <p class="latest-decision">
        Day {formatNumber(step.day)}: <strong>{actionNames[step.action]}</strong> — {step.schedule}
      </p>
      <p>
        {step.reason} <Citations citations={[step.citation]} refs={refs} />
      </p>
      <p>
        <strong>Next count:</strong> day {formatNumber(step.nextCountDue)} ({step.countSchedule}).
        {' '}<strong>Rule set in force:</strong> {rulesetNames[value.ruleset]}.
      </p>
    </div>
  );
}
