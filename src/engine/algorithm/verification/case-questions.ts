/**
 * Plain questions about a case and its advice, asked by the invariants. They are written again here from the
 * sources rather than borrowed from the graph's own predicates (facts.ts), so an invariant cannot pass only
 * because it repeats the code it checks. Thresholds are the engine's data, the one place each number lives.
 */
import { thresholds as t } from '../thresholds';
import type { CaseInput, Recommendation, RecommendedOption } from '../types';
import type { OptionId, PriorOutcome, PriorTherapy } from '../vocabulary';

/** The outcome of a therapy's last entry, as the contract reads the history; undefined when never given. */
export function outcomeOf(c: CaseInput, therapy: PriorTherapy): PriorOutcome | undefined {
  let outcome: PriorOutcome | undefined;
  for (const entry of c.prior) if (entry.therapy === therapy) outcome = entry.outcome;
  return outcome;
}

export const hadCorticosteroids = (c: CaseInput): boolean => outcomeOf(c, 'corticosteroids') !== undefined;

/** IWG 2009 counts dependence as non-response (§3.2); intolerance is our reading (corticosteroids cannot go on). */
export function corticosteroidsFailedIn(c: CaseInput): boolean {
  const outcome = outcomeOf(c, 'corticosteroids');
  return outcome === 'no-response' || outcome === 'dependent' || outcome === 'intolerant';
}

export function failedIn(c: CaseInput, therapy: PriorTherapy): boolean {
  if (therapy === 'corticosteroids') return corticosteroidsFailedIn(c);
  const outcome = outcomeOf(c, therapy);
  return outcome === 'no-response' || outcome === 'intolerant';
}

/** Agents after first line (ASH 2019 recs 6–9, §2.2, §9); the multi-agent rescue is an acute measure, not among them. */
export const secondLineAgents: readonly OptionId[] = [
  'tpo-ra', 'rituximab', 'splenectomy', 'fostamatinib', 'rilzabrutinib', 'danazol-azathioprine', 'other-immunosuppressant',
];
const secondLineHistory: readonly PriorTherapy[] = ['tpo-ra', 'rituximab', 'splenectomy', 'fostamatinib', 'rilzabrutinib'];
export const secondLineGiven = (c: CaseInput): boolean => secondLineHistory.some((therapy) => outcomeOf(c, therapy) !== undefined);

/** First-line failure including corticosteroids, or a corticosteroid course followed by second-line treatment. */
export const firstLineOverWithCorticosteroids = (c: CaseInput): boolean =>
  corticosteroidsFailedIn(c) || (hadCorticosteroids(c) && secondLineGiven(c));

export const childCase = (c: CaseInput): boolean => c.ageYears < t.adultFromYears;
export const lifeThreatening = (c: CaseInput): boolean => c.bleeding === 'life-threatening';
export const pregnantCase = (c: CaseInput): boolean => c.pregnant === true;

/** The option therapy each option repeats, for "a failed therapy is not ranked first again without a reason". */
export const therapyBehind: Partial<Record<OptionId, PriorTherapy>> = {
  prednisone: 'corticosteroids', 'dexamethasone-high-dose': 'corticosteroids', 'methylprednisolone-pulse': 'corticosteroids',
  'tpo-ra': 'tpo-ra', rituximab: 'rituximab', splenectomy: 'splenectomy', fostamatinib: 'fostamatinib', rilzabrutinib: 'rilzabrutinib',
};

export const ids = (r: Recommendation): OptionId[] => r.options.map((option) => option.id);
export const validNow = (r: Recommendation): RecommendedOption[] => r.options.filter((option) => option.deferred !== true);
export const find = (r: Recommendation, id: OptionId): RecommendedOption | undefined => r.options.find((option) => option.id === id);
export const isValidNow = (r: Recommendation, id: OptionId): boolean => validNow(r).some((option) => option.id === id);

/** The ids that appear in `order`, in the order the advice lists them, is `order` itself (a subsequence check). */
export function inOrder(listed: readonly OptionId[], order: readonly OptionId[]): boolean {
  let last = -1;
  for (const id of listed) {
    const at = order.indexOf(id);
    if (at >= 0 && at < last) return false;
    last = Math.max(last, at);
  }
  return true;
}
