/**
 * Every guideline invariant the advice must keep, in one list (issue #17): id, statement in plain words,
 * citations and the register sections, and the check. Tests run each over the whole enumerated case space
 * (case-space.ts) and over random cases; the Verification page can list and run them.
 */
import type { Note } from '../../result';
import type { CaseInput, Recommendation } from '../types';
import type { Invariant } from './invariant-type';
import { rankingInvariants } from './invariants-ranking';
import { safetyInvariants } from './invariants-safety';

export type { Invariant } from './invariant-type';

export const invariants: readonly Invariant[] = [...safetyInvariants, ...rankingInvariants];

export interface Violation { invariant: string; message: string }

/** Every invariant the advice breaks for this case; empty when it keeps them all. */
export function violations(input: CaseInput, advice: Recommendation, notes: readonly Note[]): Violation[] {
  const found: Violation[] = [];
  for (const invariant of invariants) {
    const message = invariant.check(input, advice, notes);
    if (message !== undefined) found.push({ invariant: invariant.id, message });
  }
  return found;
}
