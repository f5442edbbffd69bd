/**
 * A worked example run through the engine: the engine's answer in the shape of the row's expectation (the
 * fields it names, in its order), so the tests and the Verification page compare them the same way and a
 * reader sees both side by side, with the engine's reasons. A refusal is an answer too: the fields the engine
 * named, with its messages.
 */
import type { FieldError, Result } from '../../result';
import { jsonData, listOf, literal, record, shaped, text, type Shape } from '../../shape';
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

/** The engine's answer, and its reasons in words: each judged step's, the decision's, or the refusal's messages. */
export interface VectorRun {
  answer: VectorAnswer;
  reasons: string[];
}

const refused = (errors: readonly FieldError[]): VectorRun => ({ answer: refusal(errors), reasons: errors.map((error) => error.message) });

function titrationRun(expected: readonly StepExpectation[], result: Result<TitrationValue>): VectorRun {
  if (!result.ok) return refused(result.errors);
  if (expected.length === 0) return { answer: [], reasons: [] };
  // A row expecting more steps than its counts give is answered with the steps there are: it does not match.
  const last = result.value.steps.slice(-expected.length);
  const wanted = expected.slice(expected.length - last.length);
  return { answer: wanted.map((want, index) => stepAnswer(want, last[index])), reasons: last.map((step) => step.reason) };
}

const anObject: Shape = record({});
/** What each kind of check reads of its row: the expectation's fields, and the input where it is taken apart. */
const checks: readonly Shape[] = [
  record({ kind: literal('titration'), expected: listOf(anObject) }),
  record({ kind: literal('refusal') }),
  record({ kind: literal('eltrombopag-liver') }),
  record({ kind: literal('fostamatinib-reduction'), input: anObject, expected: anObject }),
  record({ kind: literal('fostamatinib-blood-pressure'), expected: anObject }),
];
const isExpectation = record({ expected: jsonData });
const isCheck: Shape = (value) => checks.some((shape) => shape(value)) && isExpectation(value);
const isVector = record({ id: text, check: isCheck });

/** A row as the worked examples are written (vector-type.ts), or undefined. */
export const readVector = (value: unknown): TitrationVector | undefined => shaped<TitrationVector>(value, isVector);

/** The answer to something that is not a worked example: a refusal naming it, which matches no row. */
const notAVector = (): VectorRun => ({ answer: { refused: ['vector'] }, reasons: ['Not a worked example: nothing to run.'] });

/** Runs a row through the engine: the answer shaped like `vector.check.expected`, and the reasons behind it. */
export function runVector(vector: TitrationVector): VectorRun {
  const check = readVector(vector)?.check;
  if (check === undefined) return notAVector();
  switch (check.kind) {
    case 'titration':
      return titrationRun(check.expected, titrate(check.input));
    case 'refusal': {
      // Accepted input refuses nothing: an empty list, which a row expecting a refusal does not match.
      const result = titrateAny(check.input);
      return result.ok ? { answer: refusal([]), reasons: [] } : refused(result.errors);
    }
    case 'eltrombopag-liver': {
      const result = eltrombopagLiverAction(check.input);
      return result.ok ? { answer: { action: result.value.action }, reasons: [result.value.reason] } : refused(result.errors);
    }
    case 'fostamatinib-reduction': {
      const result = fostamatinibReduce(check.input.currentDailyMg);
      if (!result.ok) return refused(result.errors);
      const { action, to, reason } = result.value;
      return { answer: pick(Object.keys(check.expected), { action, ...to }) as ReductionExpectation, reasons: [reason] };
    }
    case 'fostamatinib-blood-pressure': {
      const result = fostamatinibBloodPressure(check.input);
      if (!result.ok) return refused(result.errors);
      const { action, category, nextDose, resumeDailyMg, reason } = result.value;
      const answer = pick(Object.keys(check.expected), { action, category, nextDailyMg: nextDose?.dailyMg, resumeDailyMg });
      return { answer: answer as BloodPressureExpectation, reasons: [reason] };
    }
  }
}

/** What the engine answers for this row, shaped like `vector.check.expected`. */
export const vectorAnswer = (vector: TitrationVector): VectorAnswer => runVector(vector).answer;

/** Same fields, same values, in the same order: the comparison the tests and the page both make. */
export function vectorMatches(vector: TitrationVector): boolean {
  if (readVector(vector) === undefined) return false;
  return JSON.stringify(vectorAnswer(vector)) === JSON.stringify(vector.check.expected);
}
