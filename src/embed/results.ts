/**
 * What a widget computed, as plain data for the host page (the `result` message): only what the widget
 * shows on screen — the dose plan, the titration steps, the response category, the recommendation —
 * never the inputs beyond what the result itself states. Each takes the store outcome the widget renders.
 */
import type { Dose, Recommendation, RegimenPlan, ResponseAssessment, TitrationValue } from '../engine';
import { formatItemDose } from '../engine/format/regimen-summary';
import type { DoseOutcome } from '../tools/dose/state';
import type { Problem } from '../tools/shared/problems';
import type { ResponseOutcome } from '../tools/response/state';
import type { EngineOutcome } from '../tools/titration/outcome';
import type { WalkOutcome } from '../tools/walker/state';

export type ResultData<T> =
  | { state: 'idle' }
  /** The widget cannot compute yet: what it asks the reader for. */
  | { state: 'problems'; problems: string[] }
  | { state: 'done'; value: T };

export interface DoseResult {
  regimen: RegimenPlan['id'];
  name: string;
  /** Each drug's dose as the widget prints it: "681.8 mg", "80 mg per day", "3,500 mcg (17,500 units)". */
  items: { drug: string; dose: string; route: string; schedule: string }[];
  warnings: string[];
}

export interface TitrationResult {
  agent: TitrationValue['agent'];
  ruleset: TitrationValue['ruleset'];
  steps: { day: number; count: number; action: string; dose: Dose | null; schedule: string; reason: string; citation: string }[];
}

export type ResponseResult = Pick<ResponseAssessment, 'category' | 'reason' | 'confirmedOnDays'>;

export interface WalkerResult {
  urgency: Recommendation['urgency'];
  options: { id: string; label: string; deferred: boolean }[];
  path: string[];
}

const problemsOf = (problems: readonly Problem[]) => ({ state: 'problems', problems: problems.map((problem) => problem.message) }) as const;

export function doseResult(outcome: DoseOutcome): ResultData<DoseResult> {
  if (outcome.state !== 'plan') return outcome.state === 'idle' ? outcome : problemsOf(outcome.problems);
  const { plan, warnings } = outcome;
  const items = plan.items.map((item) => ({ drug: item.drug, dose: formatItemDose(item), route: item.route, schedule: item.schedule }));
  return { state: 'done', value: { regimen: plan.id, name: plan.name, items, warnings: warnings.map((note) => note.message) } };
}

export function titrationResult({ result }: EngineOutcome<TitrationValue>): ResultData<TitrationResult> {
  if (result.state !== 'done') return result.state === 'idle' ? result : problemsOf(result.problems);
  const { agent, ruleset, steps } = result.value;
  return {
    state: 'done',
    value: {
      agent, ruleset,
      steps: steps.map(({ day, count, action, dose, schedule, reason, citation }) => ({ day, count, action, dose, schedule, reason, citation })),
    },
  };
}

export function responseResult({ result }: ResponseOutcome): ResultData<ResponseResult> {
  if (result.state !== 'assessed') return result.state === 'idle' ? result : problemsOf(result.problems);
  const { category, reason, confirmedOnDays } = result.assessment;
  return { state: 'done', value: { category, reason, ...(confirmedOnDays === undefined ? {} : { confirmedOnDays }) } };
}

export function walkerResult(outcome: WalkOutcome): ResultData<WalkerResult> {
  if (outcome.state !== 'walked') return outcome.state === 'idle' ? outcome : problemsOf(outcome.problems);
  const { urgency, options, path } = outcome.recommendation;
  return {
    state: 'done',
    value: { urgency, options: options.map(({ id, label, deferred }) => ({ id, label, deferred: deferred === true })), path },
  };
}
