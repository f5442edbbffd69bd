/**
 * Every guideline invariant the advice must keep, in one list (issue #17): id, statement in plain words,
 * citations and the register sections, and the check. Tests run each over the whole enumerated case space
 * (case-space.ts) and over random cases; the Verification page can list and run them.
 */
import type { Note } from '../../result';
import { finite, flag, listOf, literal, optional, record, text } from '../../shape';
import { bleedingLevels, optionIds, priorOutcomes, priorTherapies, urgencyLevels } from '../vocabulary';
import type { CaseInput, Recommendation } from '../types';
import type { Invariant } from './invariant-type';
import { rankingInvariants } from './invariants-ranking';
import { safetyInvariants } from './invariants-safety';

export type { Invariant } from './invariant-type';

export const invariants: readonly Invariant[] = [...safetyInvariants, ...rankingInvariants];

export interface Violation { invariant: string; message: string }

/** The case as the invariants read it: recommend()'s input, each field of its type. */
const isCase = record({
  ageYears: finite, count: finite, bleeding: literal(...bleedingLevels), monthsSinceDiagnosis: finite,
  prior: listOf(record({ therapy: literal(...priorTherapies), outcome: literal(...priorOutcomes) })),
  pregnant: optional(flag), gestationWeeks: optional(finite), deliveryPlanned: optional(flag), anticoagulants: optional(flag),
  procedurePlanned: optional(flag), qualityOfLifeImpaired: optional(flag),
});
const isAdvice = record({
  urgency: literal(...urgencyLevels),
  options: listOf(record({ id: literal(...optionIds), rationale: text, citations: listOf(text), deferred: optional(flag) })),
  path: listOf(text),
});
const isNotes = listOf(record({ code: text, message: text }));

/**
 * Every invariant the advice breaks for this case; empty when it keeps them all. Anything but a case, advice
 * in recommend()'s shape and its notes breaks the first: nothing unreadable passes verification.
 */
export function violations(input: CaseInput, advice: Recommendation, notes: readonly Note[]): Violation[] {
  if (!isCase(input) || !isAdvice(advice) || !isNotes(notes)) {
    return [{ invariant: 'readable', message: 'Not a case, its advice and notes as recommend() gives them: nothing can be verified.' }];
  }
  const found: Violation[] = [];
  for (const invariant of invariants) {
    const message = invariant.check(input, advice, notes);
    if (message !== undefined) found.push({ invariant: invariant.id, message });
  }
  return found;
}
