/**
 * The questions the graph asks about a case, as small named predicates. Conditions in the nodes are
 * built from these so each reads like the guideline sentence it encodes.
 */
import { thresholds } from './thresholds';
import type { CaseFacts, CaseInput } from './types';
import type { PriorTherapy } from './vocabulary';

/** Therapies after first line (IVIG, anti-D, corticosteroids). */
const secondLineTherapies: readonly PriorTherapy[] = ['rituximab', 'tpo-ra', 'splenectomy', 'fostamatinib', 'rilzabrutinib'];

export function toFacts(input: CaseInput): CaseFacts {
  // Entries are read in the order given, so a later entry for the same therapy replaces an earlier one.
  const outcomes = new Map(input.prior.map((entry) => [entry.therapy, entry.outcome] as const));
  return {
    ageYears: input.ageYears,
    count: input.count,
    bleeding: input.bleeding,
    monthsSinceDiagnosis: input.monthsSinceDiagnosis,
    pregnant: input.pregnant === true,
    anticoagulants: input.anticoagulants === true,
    procedurePlanned: input.procedurePlanned === true,
    qualityOfLifeImpaired: input.qualityOfLifeImpaired === true,
    outcomes,
  };
}

export const isChild = (f: CaseFacts): boolean => f.ageYears < thresholds.adultFromYears;
export const isNewlyDiagnosed = (f: CaseFacts): boolean => f.monthsSinceDiagnosis < thresholds.persistentFromMonths;
export const noOrMinorBleeding = (f: CaseFacts): boolean => f.bleeding === 'none' || f.bleeding === 'minor';

export const tried = (f: CaseFacts, therapy: PriorTherapy): boolean => f.outcomes.has(therapy);
export const noResponse = (f: CaseFacts, therapy: PriorTherapy): boolean => f.outcomes.get(therapy) === 'no-response';
export const intolerant = (f: CaseFacts, therapy: PriorTherapy): boolean => f.outcomes.get(therapy) === 'intolerant';
/** Tried and did not work or could not be continued: the option moves down or drops (issue #6). */
export const failed = (f: CaseFacts, therapy: PriorTherapy): boolean => noResponse(f, therapy) || intolerant(f, therapy);

export const secondLineStarted = (f: CaseFacts): boolean => secondLineTherapies.some((therapy) => tried(f, therapy));
export const secondLineFailed = (f: CaseFacts): boolean => secondLineTherapies.some((therapy) => failed(f, therapy));

/** No response to an immunoglobulin (IVIG or anti-D) and none to corticosteroids: first line has failed. */
export const firstLineFailed = (f: CaseFacts): boolean =>
  (noResponse(f, 'ivig') || noResponse(f, 'anti-d')) && noResponse(f, 'corticosteroids');
