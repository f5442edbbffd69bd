/** The shape of a guideline invariant: a rule every piece of advice must keep, with where it comes from. */
import type { Citation } from '../../citations';
import type { Note } from '../../result';
import type { CaseInput, Recommendation } from '../types';

export interface Invariant {
  /** Kebab-case, stable: tests and the Verification page name invariants by id. */
  id: string;
  /** The rule in plain words, as a clinician would check it. */
  statement: string;
  /** The guideline and recommendation or section it comes from (reference keys with a locator). */
  citations: readonly Citation[];
  /** The register sections that restate the source (docs/source-register/guidelines.md). */
  register: string;
  /** Undefined when the advice keeps the rule, otherwise what is wrong, in words. */
  check: (input: CaseInput, advice: Recommendation, notes: readonly Note[]) => string | undefined;
}
