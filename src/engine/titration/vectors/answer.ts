/**
 * A worked example run through the engine: the engine's answer in the shape of the row's expectation (the
 * fields it names, in its order), so the tests and the Verification page compare them the same way and a
 * reader sees both side by side. A refusal is an answer too: the fields the engine named.
 */
import type { FieldError, Result } from '../../result';
import { titrate } from '../all-agents';
import { eltrombopagLiverAction } from '../eltrombopag-liver';
import { fostamatinibBloodPressure } from '../fostamatinib-blood-pressure';
import { fostamatinibReduce } from '../fostamatinib-reduction';
import type { TitrationStep, TitrationValue } from '../types';
import type {
  BloodPressureExpectation, DoseExpectation, ReductionExpectation, Refusal, StepExpectation, TitrationVector,
} from './vector-type';

export type VectorAnswer =
  | readonly StepExpectation[] | Refusal | { action: string } | ReductionExpectation | BloodPressureExpectation;

const refusal = (errors: readonly FieldError[]): Refusal => ({ refused: errors.map((error) => error.field) });
/** titrate as a form passes it: any input, checked by the engine. */
const titrateAny = titrate as (input: unknown) => Result<TitrationValue>;

/** `source`'s values at `keys`, in that order. */
function pick<T extends object>(keys: readonly string[], source: T): Partial<T> {
  const entries = Object.entries(source);
  return Object.fromEntries(keys.map((key) => [key, entries.find(([name]) => name === key)?.[1]])) as Partial<T>;
}

function stepAnswer(expected: StepExpectation, step: TitrationStep): StepExpectation {
  const flat = { ...step.preparation, ...step, dose: undefined };
  const answer: StepExpectation = { ...pick(Object.keys(expected), flat), action: step.action };
  if (expected.dose !== undefined) {
    answer.dose = step.dose === null ? null : (pick(Object.keys(expected.dose ?? step.dose), step.dose) as DoseExpectation);
  }
  return answer;
}

function titrationAnswer(expected: readonly StepExpectation[], result: Result<TitrationValue>): VectorAnswer {
  if (!result.ok) return refusal(result.errors);
  const last = result.value.steps.slice(-expected.length);
  return expected.map((want, index) => stepAnswer(want, last[index]));
}

/** What the engine answers for this row, shaped like `vector.check.expected`. */
export function vectorAnswer(vector: TitrationVector): VectorAnswer {
  const { check } = vector;
  switch (check.kind) {
    case 'titration':
      return titrationAnswer(check.expected, titrate(check.input));
    case 'refusal': {
      // Accepted input refuses nothing: an empty list, which a row expecting a refusal does not match.
      const result = titrateAny(check.input);
      return refusal(result.ok ? [] : result.errors);
    }
    case 'eltrombopag-liver': {
      const result = eltrombopagLiverAction(check.input);
      return result.ok ? { action: result.value.action } : refusal(result.errors);
    }
    case 'fostamatinib-reduction': {
      const result = fostamatinibReduce(check.input.currentDailyMg);
      if (!result.ok) return refusal(result.errors);
      const { action, to } = result.value;
      return pick(Object.keys(check.expected), { action, ...to }) as ReductionExpectation;
    }
    case 'fostamatinib-blood-pressure': {
      const result = fostamatinibBloodPressure(check.input);
      if (!result.ok) return refusal(result.errors);
      const { action, category, nextDose, resumeDailyMg } = result.value;
      return pick(Object.keys(check.expected), { action, category, nextDailyMg: nextDose?.dailyMg, resumeDailyMg }) as BloodPressureExpectation;
    }
  }
}

/** Same fields, same values, in the same order: the comparison the tests and the page both make. */
export function vectorMatches(vector: TitrationVector): boolean {
  return JSON.stringify(vectorAnswer(vector)) === JSON.stringify(vector.check.expected);
}
