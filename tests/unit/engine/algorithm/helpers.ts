/** Shared test helpers: a valid case to vary, and a reader that fails the test on an error result. */
import { recommend, type CaseInput, type Recommendation } from '../../../../src/engine/algorithm';

/** A chronic, corticosteroid-dependent adult after IVIG failure with minor bleeding (guidelines.md §1.2). */
export const chronicDependentAdult: CaseInput = {
  ageYears: 45,
  count: 15,
  bleeding: 'minor',
  monthsSinceDiagnosis: 24,
  prior: [
    { therapy: 'ivig', outcome: 'no-response' },
    { therapy: 'corticosteroids', outcome: 'dependent' },
  ],
};

export function advise(input: unknown): Recommendation {
  const result = recommend(input);
  if (!result.ok) throw new Error(`expected a recommendation, got ${JSON.stringify(result.errors)}`);
  return result.value;
}

export function adviseWithNotes(input: unknown): { value: Recommendation; codes: string[] } {
  const result = recommend(input);
  if (!result.ok) throw new Error(`expected a recommendation, got ${JSON.stringify(result.errors)}`);
  return { value: result.value, codes: result.warnings.map((note) => note.code) };
}

export const ids = (advice: Recommendation): string[] => advice.options.map((option) => option.id);
export const deferredIds = (advice: Recommendation): string[] =>
  advice.options.filter((option) => option.deferred === true).map((option) => option.id);

export function option(advice: Recommendation, id: string): Recommendation['options'][number] {
  const found = advice.options.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`option ${id} not among ${ids(advice).join(', ')}`);
  return found;
}
