/**
 * Words for the simulator's closed choices and for what a step's numbers mean. `Record` types make the
 * compiler refuse a list that misses one of the engine's values.
 */
import type { Agent, CypInteraction, Ruleset, TitrationAction, TitrationStep } from '../../engine';
import type { DayEntry } from './fields';

export const agentNames: Record<Agent, string> = {
  romiplostim: 'Romiplostim (Nplate)',
  eltrombopag: 'Eltrombopag (PROMACTA)',
  avatrombopag: 'Avatrombopag (DOPTELET)',
  fostamatinib: 'Fostamatinib (TAVALISSE)',
};

/** The agent at the head of a title: "Romiplostim titration simulator". */
export const agentTitles: Record<Agent, string> = {
  romiplostim: 'Romiplostim',
  eltrombopag: 'Eltrombopag',
  avatrombopag: 'Avatrombopag',
  fostamatinib: 'Fostamatinib',
};

export const rulesetNames: Record<Ruleset, string> = {
  'us-label': 'US label (prescribing information)',
  'eu-smpc': 'EU SmPC (summary of product characteristics)',
};

export const cypNames: Record<CypInteraction | 'none', string> = {
  none: 'Neither',
  'dual-inhibitor': 'A dual inhibitor',
  'dual-inducer': 'A dual inducer',
};

export const entryNames: Record<DayEntry, string> = {
  day: 'Days from the first dose',
  week: 'Weeks',
  date: 'Dates',
};

export const actionNames: Record<TitrationAction, string> = {
  start: 'Start',
  increase: 'Increase',
  decrease: 'Decrease',
  maintain: 'Keep the dose',
  hold: 'Hold',
  resume: 'Restart',
  discontinue: 'Stop',
};

/** What the chart's dose panel plots for each agent: a number the engine returned on the step, and its unit. */
export const doseMeasure: Record<Agent, { unit: string; of: (step: TitrationStep) => number | undefined }> = {
  romiplostim: { unit: 'mcg/kg', of: (step) => step.dose?.perKg },
  eltrombopag: { unit: 'mg a day', of: (step) => step.mgPerDay },
  avatrombopag: { unit: 'level', of: (step) => step.level },
  fostamatinib: { unit: 'mg a day', of: (step) => step.mgPerDay },
};
