/**
 * A label table from the engine in words a reader can check against the label, row by row: the condition
 * with its bounds as <, ≤, >, ≥, the action, any waiting rule, and the citation. Counts are ×10⁹/L.
 */
import { formatAmount } from '../../engine/format/amount';
import { formatNumber } from '../../engine/format/number';
import { boundText } from '../../engine/titration/bounds';
import type { AgentTable, Conditions, Effect, Rule, Wait } from '../../engine/titration/table';
import { promptSentence } from '../../engine/titration/words';

export interface TitrationRow {
  state: 'dosing' | 'held';
  condition: string;
  action: string;
  wait?: string;
  /** A stop for lack of response: a prompt for the prescriber, not an order. */
  prompt: boolean;
  citation: string;
}

/** A dose level as the patient takes it: "10 mcg/kg once weekly", "75 mg once daily". */
export function levelText(table: AgentTable, level: number): string {
  const presented = table.present(level, 0);
  if (table.agent === 'romiplostim' && presented.dose.perKg !== undefined) {
    return `${formatAmount(presented.dose.perKg, 'mcg/kg')} once weekly`;
  }
  return presented.schedule;
}

/** The size of one step, read from the two highest levels (the lowest may be a special case). */
export function stepText(table: AgentTable): string {
  return table.stepWords(table.levels - 1, table.levels - 2);
}

function conditionText(table: AgentTable, when: Conditions, held: boolean): string {
  const parts = [
    held ? 'on hold' : undefined,
    when.count && `count ${boundText(when.count)}`,
    when.previousCount && `previous count ${boundText(when.previousCount)}`,
    when.dose === 'lowest' ? `at the lowest dose (${levelText(table, 0)})` : undefined,
    when.dose === 'highest' ? `at the maximum dose (${levelText(table, table.levels - 1)})` : undefined,
    when.daysAtDose && `${boundText(when.daysAtDose)} days at this dose`,
    when.dayOfTreatment && `day ${boundText(when.dayOfTreatment)} of treatment`,
  ].filter((part): part is string => typeof part === 'string');
  const text = parts.join(', ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

function actionText(table: AgentTable, effect: Effect): string {
  const step = stepText(table);
  switch (effect) {
    case 'up': return `Increase by ${step}, never above ${levelText(table, table.levels - 1)}`;
    case 'down': return `Decrease by ${step}`;
    case 'keep': return 'Keep the same dose';
    case 'hold': return `Stop for now (no dose); count ${table.counts.held.words}`;
    case 'stay-held': return `Stay off; count ${table.counts.held.words}`;
    case 'resume-lower': return `Restart ${step} below the dose stopped`;
    case 'stop': return 'Discontinue';
  }
}

function waitText(wait: Wait | undefined): string | undefined {
  if (wait?.atDose !== undefined) return `only after ≥ ${formatNumber(wait.atDose)} days at the current dose`;
  if (wait?.sinceChange !== undefined) return `not within ${formatNumber(wait.sinceChange)} days of the last change`;
  return undefined;
}

function row(table: AgentTable, rule: Rule, state: TitrationRow['state']): TitrationRow {
  const wait = waitText(rule.wait);
  return {
    state,
    condition: conditionText(table, rule.when, state === 'held'),
    action: rule.prompt === true ? `${actionText(table, rule.then)}. ${promptSentence}` : actionText(table, rule.then),
    ...(wait === undefined ? {} : { wait }),
    prompt: rule.prompt === true,
    citation: rule.citation,
  };
}

/** Every row, in the order the engine tries them: while on hold, then while dosing; each group ends with its fallback. */
export function titrationRows(table: AgentTable): TitrationRow[] {
  const group = (state: TitrationRow['state']): TitrationRow[] => {
    const { rules, otherwise } = table.rules[state];
    if (rules.length === 0) return [];
    return [
      ...rules.map((rule) => row(table, rule, state)),
      {
        state, condition: state === 'held' ? 'On hold, any other count' : 'Any other count',
        action: actionText(table, otherwise.then), prompt: false, citation: otherwise.citation,
      },
    ];
  };
  return [...group('held'), ...group('dosing')];
}

/** Who starts where: "50 mg once daily — adult or child aged 6 years or over, …". */
export function startRows(table: AgentTable): { who: string; dose: string; consider: boolean; citation: string }[] {
  return [...table.start.rows, table.start.otherwise].map((start) => ({
    who: start.describe,
    dose: levelText(table, start.level),
    consider: start.consider === true,
    citation: start.citation,
  }));
}

/** Platelet counts and other tests, in words. */
export function monitoringLines(table: AgentTable): { text: string; citation?: string }[] {
  const { counts } = table;
  const afterStop = 'unstated' in counts.afterStop
    ? { text: counts.afterStop.unstated.message, ...(counts.afterStop.unstated.citation ? { citation: counts.afterStop.unstated.citation } : {}) }
    : { text: `After stopping: counts for at least ${formatNumber(counts.afterStop.forDays)} days (${counts.afterStop.every.words}).`, citation: counts.citation };
  return [
    // The engine labels its stable interval "monthly (stable)" for its step table; in a sentence the tag is redundant.
    { text: `Platelet counts ${counts.dosing.words}, then ${counts.stable.words.replace(/ \(stable\)$/, '')}.`, citation: counts.citation },
    afterStop,
    ...table.tests.map((test) => ({ text: `${test.test}: ${test.schedule}.`, citation: test.citation })),
  ];
}
