/**
 * The shape of a titration worked example (drugs.md §13, W1–W56) as data: what goes into the engine, what
 * the digest says must come out, and the label section it rests on. Only the fields an expectation names
 * are compared, so a row pins exactly what its worked example states, once.
 */
import type { Citation } from '../../citations';
import type { BloodPressureAction, BloodPressureCategory } from '../fostamatinib-blood-pressure';
import type { LiverAction } from '../eltrombopag-liver';
import type { Agent, CountEntry, TitrationAction, TitrationInput } from '../types';

/** One administration's dose as a step must show it. */
export interface DoseExpectation {
  amount: number;
  amountMax?: number;
  unit?: 'mg' | 'mcg';
  perKg?: number;
  capped?: boolean;
}

/** What one titration step must show. */
export interface StepExpectation {
  action: TitrationAction;
  /** null: no dose is given from this assessment (held or stopped). */
  dose?: DoseExpectation | null;
  /** Avatrombopag's dose level, 1 to 6. */
  level?: number;
  mgPerWeek?: number;
  mgPerDay?: number;
  /** Romiplostim: the weight the dose was computed from, then how it is drawn up. */
  weightKg?: number;
  volumeMl?: number;
  vialMcg?: number | null;
  concentrationMcgPerMl?: number;
  diluted?: boolean;
  moreThanOneVial?: boolean;
  /** Day the next platelet count is due. */
  nextCountDue?: number;
}

export interface LiverInput {
  altTimesReference: number;
  confirmed?: boolean;
  directBilirubinRaised?: boolean;
}

export interface BloodPressureInput {
  systolic: number;
  diastolic: number;
  weeks?: number;
  currentDailyMg: number;
}

export interface ReductionExpectation {
  action: 'reduce' | 'discontinue';
  dailyMg?: number;
  morningMg?: number;
  /** null: once daily, in the morning. */
  eveningMg?: number | null;
}

export interface BloodPressureExpectation {
  action: BloodPressureAction;
  category?: BloodPressureCategory;
  /** After a reduction: the new daily dose. */
  nextDailyMg?: number;
  /** A hypertensive crisis: the daily dose to resume once the pressure is back below target. */
  resumeDailyMg?: number;
}

/** The engine refused the input; the fields it named. */
export interface Refusal {
  refused: readonly string[];
}

/**
 * Which calculator a row runs and what it must answer. A titration row's expectations are the decisions on
 * its last counts, in order (one expectation per count, counted back from the end).
 */
export type VectorCheck =
  | { kind: 'titration'; input: TitrationInput; expected: readonly StepExpectation[] }
  | { kind: 'refusal'; input: unknown; expected: Refusal }
  | { kind: 'eltrombopag-liver'; input: LiverInput; expected: { action: LiverAction } }
  | { kind: 'fostamatinib-reduction'; input: { currentDailyMg: number }; expected: ReductionExpectation }
  | { kind: 'fostamatinib-blood-pressure'; input: BloodPressureInput; expected: BloodPressureExpectation };

export interface TitrationVector {
  /** Unique and stable: the worked example's number, with a letter where one example has several rows ("W12b"). */
  id: string;
  agent: Agent;
  /** What the example shows, in a few words. */
  shows: string;
  /** The label section the expected answer rests on. */
  citation: Citation;
  check: VectorCheck;
}

/** Counts one week apart from day 0. */
export const weekly = (...counts: number[]): CountEntry[] => counts.map((count, index) => ({ day: index * 7, count }));

/** Counts on the given days: pairs of [day, count]. */
export const onDays = (...pairs: [number, number][]): CountEntry[] => pairs.map(([day, count]) => ({ day, count }));

/** The worked example a row belongs to: "W12" for "W12b"; '' for anything that is not a row with an id. */
export function workedExample(vector: TitrationVector): string {
  const id: unknown = typeof vector === 'object' && vector !== null ? Reflect.get(vector, 'id') : undefined;
  return typeof id === 'string' ? id.replace(/[a-z]$/, '') : '';
}
