/**
 * The drugs.md §13 titration worked examples (W1–W56), one data module per agent, in the digest's order;
 * `vectorAnswer` runs a row through the engine. The titration tests and the Verification page read these,
 * so each expected value is written once, here. Data and functions only: nothing runs on import.
 */
import { avatrombopagVectors } from './avatrombopag';
import { eltrombopagVectors } from './eltrombopag';
import { fostamatinibVectors } from './fostamatinib';
import { romiplostimVectors } from './romiplostim';
import type { TitrationVector } from './vector-type';

export { avatrombopagVectors, eltrombopagVectors, fostamatinibVectors, romiplostimVectors };
export { runVector, vectorAnswer, vectorMatches } from './answer';
export type { VectorAnswer, VectorRun } from './answer';
export { workedExample } from './vector-type';
export type {
  BloodPressureExpectation, DoseExpectation, ReductionExpectation, Refusal, StepExpectation, TitrationVector, VectorCheck,
} from './vector-type';

export const titrationVectors: readonly TitrationVector[] = [
  ...romiplostimVectors, ...eltrombopagVectors, ...avatrombopagVectors, ...fostamatinibVectors,
];
