/** The contract's `recommend`: the walker (walk.ts) over the whole graph, every part carried. */
import type { Result } from '../result';
import { allParts } from './parts/all';
import type { Recommendation } from './types';
import { recommendWith } from './walk';

const overAllParts = recommendWith(allParts);

/**
 * @example recommend({ ageYears: 45, count: 25, bleeding: 'none', monthsSinceDiagnosis: 1,
 *   prior: [{ therapy: 'ivig', outcome: 'no-response' }] })
 *   // ok: urgency 'routine', options [dexamethasone-high-dose], path ending 'corticosteroids-first', checks, 'shared-decision'
 */
export function recommend(input: unknown): Result<Recommendation> {
  return overAllParts(input);
}
