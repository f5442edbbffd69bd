/** The chart in words, for its accessible description: every number as the engine gave it, formatted. */
import type { Agent, Ruleset, TitrationStep } from '../../engine';
import { decisionThresholds, formatBeside, formatNumber } from '../../engine/format';
import { doseMeasure, rulesetNames } from './words';

/** "1", "1 and 2", "1, 2 and 3". */
export function listWords(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
}

export function chartDescription(steps: readonly TitrationStep[], agent: Agent, ruleset: Ruleset, lines: readonly number[]): string {
  const first = steps[0]?.day ?? 0;
  const last = steps.at(-1)?.day ?? 0;
  const measure = doseMeasure[agent];
  // Never rounded across the line it is read against: 49.999 is not said as "50" (issue #18).
  const counts = listWords(steps.map((step) => formatBeside(step.count, decisionThresholds.count, 1)));
  const doses = listWords(steps.map((step) => {
    const dose = measure.of(step);
    return dose === undefined || step.dose === null ? 'none' : formatNumber(dose);
  }));
  return [
    `Platelet count at each assessment from day ${formatNumber(first)} to day ${formatNumber(last)}: ${counts} ×10⁹/L,`,
    `against lines at ${listWords(lines.map((line) => formatNumber(line)))} ×10⁹/L (${rulesetNames[ruleset]}).`,
    `Dose (${measure.unit}) from each assessment on: ${doses}.`,
    'The table of steps gives the same numbers with each decision and its rule.',
  ].join(' ');
}
