/** The dose calculator's result for the host page: each dose as the calculator prints it, with its warnings. */
import type { RegimenPlan } from '../../engine';
import { formatItemDose } from '../../engine/format';
import { problemsOf, type ResultData } from '../shared/results';
import type { DoseOutcome } from './state';

export interface DoseResult {
  regimen: RegimenPlan['id'];
  name: string;
  /** Each drug's dose as the widget prints it: "681.8 mg", "80 mg per day", "3,500 mcg (17,500 units)". */
  items: { drug: string; dose: string; route: string; schedule: string }[];
  warnings: string[];
}

export function doseResult(outcome: DoseOutcome): ResultData<DoseResult> {
  // Rules still loading: nothing computed yet, as far as the host page is concerned.
  if (outcome.state === 'idle' || outcome.state === 'loading') return { state: 'idle' };
  if (outcome.state === 'problems') return problemsOf(outcome.problems);
  const { plan, warnings } = outcome;
  const items = plan.items.map((item) => ({ drug: item.drug, dose: formatItemDose(item), route: item.route, schedule: item.schedule }));
  return { state: 'done', value: { regimen: plan.id, name: plan.name, items, warnings: warnings.map((note) => note.message) } };
}
