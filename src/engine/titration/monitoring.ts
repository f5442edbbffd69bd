/**
 * When the next platelet count is due after each step (drugs.md §1.4, §2.6, §3.4, §4.4): weekly while the
 * dose is being found, monthly once stable, more often while held where the label says so, and for a
 * while after stopping where the label gives the interval.
 *
 * Stable: a count ≥ 50 for at least 4 weeks with no dose change — the romiplostim label's definition
 * (✔2). The other labels say "until stable" without defining it; the engine reads them the same way.
 * "Monthly" is every 4 weeks (28 days), in step with the labels' "after 4 weeks" rules.
 */
import { formatNumber } from '../format/number';
import type { Note } from '../result';
import type { DraftStep } from './stepper';
import type { CountMonitoring } from './table';
import type { TitrationStep } from './types';

/**
 * "Stable" as data, for the stepper and for the pages that state it (nplate-uspi §2, ✔2): a count of at
 * least `fromCount` ×10⁹/L for at least `forDays` days (4 weeks) with no dose change.
 */
export const stableDefinition = { fromCount: 50, forDays: 28 } as const;
const { fromCount: stableCount, forDays: stableDays } = stableDefinition;

export const stableNote: Note = {
  code: 'stable-definition',
  message: `"Stable" is read as a count ≥ ${formatNumber(stableCount)} ×10⁹/L for at least ${formatNumber(stableDays / 7)} weeks with no dose change (the romiplostim label's definition, used for every agent).`,
  citation: 'nplate-uspi §2',
};

const steady = (step: DraftStep) => step.count >= stableCount && (step.action === 'maintain' || step.action === 'start');

/** Whether the patient is stable at step `at`: the run of steady steps ending there spans ≥ 28 days. */
export function isStable(steps: readonly DraftStep[], at: number): boolean {
  let from = steps[at].day;
  for (let i = at; i >= 0 && steady(steps[i]); i -= 1) from = steps[i].day;
  return steps[at].day - from >= stableDays;
}

type CountDue = Pick<TitrationStep, 'nextCountDue' | 'countSchedule'>;

function afterStop(day: number, stoppedOn: number, rule: CountMonitoring['afterStop']): CountDue {
  if ('unstated' in rule) return { nextCountDue: null, countSchedule: 'after stopping: no verified interval; ask the prescriber' };
  const weeks = formatNumber(rule.forDays / 7);
  return day < stoppedOn + rule.forDays
    ? { nextCountDue: day + rule.every.days, countSchedule: `${rule.every.words}, for at least ${weeks} weeks` }
    : { nextCountDue: null, countSchedule: `follow-up after stopping complete (${rule.every.words} for ${weeks} weeks)` };
}

export function scheduleCounts(steps: readonly DraftStep[], rule: CountMonitoring): { due: CountDue[]; notes: Note[] } {
  let stoppedOn: number | undefined;
  const stable = `stable: ≥ ${formatNumber(stableCount)} for ${formatNumber(stableDays / 7)} weeks with no dose change`;
  const due = steps.map((step, at): CountDue => {
    if (step.action === 'discontinue') {
      if (stoppedOn === undefined) stoppedOn = step.day;
      return afterStop(step.day, stoppedOn, rule.afterStop);
    }
    if (step.dose === null) return { nextCountDue: step.day + rule.held.days, countSchedule: rule.held.words };
    return isStable(steps, at)
      ? { nextCountDue: step.day + rule.stable.days, countSchedule: rule.stable.words }
      : { nextCountDue: step.day + rule.dosing.days, countSchedule: `${rule.dosing.words} (${stable})` };
  });
  const unstated = stoppedOn !== undefined && 'unstated' in rule.afterStop ? [rule.afterStop.unstated] : [];
  return { due, notes: [stableNote, ...unstated] };
}
