/**
 * When the next platelet count is due after each step (drugs.md §1.4, §2.6, §3.4, §4.4): weekly while the
 * dose is being found, monthly once stable, more often while held where the label says so, and after any
 * stop weekly for at least 4 weeks, then monthly (DESIGN.md, "No dead ends").
 *
 * Stable: a count ≥ 50 for at least 4 weeks with no dose change — the romiplostim label's definition
 * (✔2). The other labels say "until stable" without defining it; the engine reads them the same way.
 * "Monthly" is every 4 weeks (28 days), in step with the labels' "after 4 weeks" rules.
 */
import { formatNumber } from '../format/number';
import { formatCount } from '../format/amount';
import type { Note } from '../result';
import type { DraftStep } from './stepper';
import { within, type Bound } from './bounds';
import type { CountMonitoring, RuleGroup } from './table';
import type { TitrationStep } from './types';

/**
 * "Stable" as data, for the stepper and for the pages that state it (nplate-uspi §2, ✔2): a count of at
 * least `fromCount` ×10⁹/L for at least `forDays` days (4 weeks) with no dose change.
 */
export const stableDefinition = { fromCount: 50, forDays: 28 } as const;
const { fromCount: stableCount, forDays: stableDays } = stableDefinition;

export function stableNote(): Note {
  return {
    code: 'stable-definition',
    message: `"Stable" is read as a count ≥ ${formatNumber(stableCount)} ×10⁹/L for at least ${formatNumber(stableDays / 7)} weeks with no dose change (the romiplostim label's definition, used for every agent).`,
    citation: 'nplate-uspi §2',
  };
}

/**
 * Counts after any stop (DESIGN.md): weekly for at least 4 weeks, then monthly. Avatrombopag's label asks
 * for the 4 weeks (✔2) and romiplostim's for at least 2 (✔2); eltrombopag's and fostamatinib's are silent.
 * Our reading: 4 weeks for every agent, the longest any label asks for, since the count can fall after a
 * stop; then monthly rather than "no next count" until the next treatment's plan takes over.
 */
export const afterStopDefinition = { everyDays: 7, forDays: 28, thenDays: 28 } as const;

const weeks = (days: number) => formatNumber(days / 7);

/** The reading's 4 weeks are avatrombopag's labelled follow-up, so the note cites that label. */
function followUpNote(rule: CountMonitoring['afterStop']): Note {
  const label = 'unstated' in rule
    ? 'The label gives no count interval after stopping'
    : `The label asks for counts ${rule.every.words} for at least ${weeks(rule.forDays)} weeks`;
  return {
    code: 'after-stop-follow-up',
    message: `${label}. Our reading, for every agent: counts weekly for at least ${weeks(afterStopDefinition.forDays)} weeks after any stop, since the count can fall once the drug is stopped, then monthly until the next treatment sets its own schedule; there is always a next count.`,
    citation: 'doptelet-uspi §2',
  };
}

/**
 * A step that counts towards "stable": a count ≥ 50 on an unchanged dose, outside the count bound of every
 * dosing row that changes the dose. A count in a row's band whose change is not taken yet (romiplostim's
 * first week above 200, drugs.md §1.2 row 4; a decrease waiting on the last one) is decided by the next
 * count, so counts stay weekly (third engine audit: one count of 390 sent romiplostim to monthly counts).
 */
const steady = (step: DraftStep, dosing: RuleGroup) => step.count >= stableCount
  && (step.action === 'maintain' || step.action === 'start')
  && !dosing.rules.filter((rule) => rule.then !== 'keep').map((rule) => rule.when.count)
    .filter((band): band is Bound => band !== undefined).some((band) => within(step.count, band));

/**
 * Whether the patient is stable at step `at`: the run of steady steps ending there spans ≥ 28 days.
 * `dosing`: the table's dosing rows.
 */
export function isStable(steps: readonly DraftStep[], at: number, dosing: RuleGroup): boolean {
  let from = steps[at].day;
  for (let i = at; i >= 0 && steady(steps[i], dosing); i -= 1) from = steps[i].day;
  return steps[at].day - from >= stableDays;
}

type CountDue = Pick<TitrationStep, 'nextCountDue' | 'countSchedule'>;

function afterStop(day: number, stoppedOn: number): CountDue {
  const { everyDays, forDays, thenDays } = afterStopDefinition;
  return day < stoppedOn + forDays
    ? { nextCountDue: day + everyDays, countSchedule: `weekly after stopping, for at least ${weeks(forDays)} weeks (to day ${formatNumber(stoppedOn + forDays)})` }
    : { nextCountDue: day + thenDays, countSchedule: `monthly after the ${weeks(forDays)} weeks of weekly counts, until the next treatment sets its own schedule` };
}

export function scheduleCounts(steps: readonly DraftStep[], rule: CountMonitoring, dosing: RuleGroup): { due: CountDue[]; notes: Note[] } {
  let stoppedOn: number | undefined;
  const stable = `stable: ≥ ${formatCount(stableCount)} for ${weeks(stableDays)} weeks with no dose change`;
  const due = steps.map((step, at): CountDue => {
    if (step.action === 'discontinue') {
      stoppedOn ??= step.day;
      return afterStop(step.day, stoppedOn);
    }
    if (step.dose === null) return { nextCountDue: step.day + rule.held.days, countSchedule: rule.held.words };
    return isStable(steps, at, dosing)
      ? { nextCountDue: step.day + rule.stable.days, countSchedule: rule.stable.words }
      : { nextCountDue: step.day + rule.dosing.days, countSchedule: `${rule.dosing.words} (${stable})` };
  });
  const stopped = stoppedOn === undefined ? [] : [
    ...('unstated' in rule.afterStop ? [rule.afterStop.unstated] : []),
    followUpNote(rule.afterStop),
  ];
  return { due, notes: [stableNote(), ...stopped] };
}
