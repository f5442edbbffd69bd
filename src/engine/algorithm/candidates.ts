/**
 * The options gathered along a walk, what the check nodes do to them, and their final order: options
 * valid now first (each moved-down option just below the next one that was not, each moved-last option
 * after all of them), then deferred options.
 */
import type { Note } from '../result';
import type { OptionRule } from './option-rules';
import { optionCatalogue } from './options';
import type { CaseFacts, Grade, Offer, RecommendedOption } from './types';
import type { OptionId } from './vocabulary';

export interface Candidate {
  id: OptionId;
  /** Said first: advice from nodes walked before the option was offered (re-check the diagnosis). */
  prefix: readonly string[];
  /** Why an option whose therapy failed before is offered again. */
  repeats: string[];
  /** Why the option moved down, or what to check before it. */
  cautions: string[];
  /** Why it is deferred. */
  timing: string[];
  /** Why the nodes offering it offer it. */
  reasons: string[];
  citations: string[];
  grades: Grade[];
  deferred: boolean;
  demoted: boolean;
  /** Valid now, but after every other option valid now. */
  last: boolean;
}

function addAll<T>(list: T[], items: readonly T[]): void {
  for (const item of items) if (!list.includes(item)) list.push(item);
}

/**
 * Adds an offer, or merges it into the same option offered earlier on the walk (keeping the earlier place).
 * `failedBefore`: the option's therapy failed, so the offer's `afterFailure` reason is said first.
 */
export function addOffer(candidates: Candidate[], offer: Offer, prefix: readonly string[], failedBefore: boolean): void {
  const repeats = failedBefore && offer.afterFailure !== undefined ? [offer.afterFailure] : [];
  const existing = candidates.find((candidate) => candidate.id === offer.option);
  if (existing) {
    // One reason to return is enough: the first node that offered it again says why.
    if (existing.repeats.length === 0) addAll(existing.repeats, repeats);
    addAll(existing.reasons, [offer.rationale]);
    addAll(existing.citations, offer.citations);
    addAll(existing.grades, offer.grades ?? []);
    return;
  }
  candidates.push({
    id: offer.option, prefix, repeats, cautions: [], timing: [], reasons: [offer.rationale],
    citations: [...offer.citations], grades: [...(offer.grades ?? [])], deferred: false, demoted: false, last: false,
  });
}

function applyRule(candidates: Candidate[], rule: OptionRule, notes: Note[]): Candidate[] {
  const target = candidates.find((candidate) => candidate.id === rule.option);
  if (!target) return candidates;
  addAll(target.citations, rule.citations);
  if (rule.effect === 'drop') {
    const [citation] = rule.citations;
    notes.push({ code: `left-out-${rule.option}`, message: rule.reason, ...(citation === undefined ? {} : { citation }) });
    return candidates.filter((candidate) => candidate !== target);
  }
  if (rule.effect === 'defer') {
    target.deferred = true;
    target.timing.push(rule.reason);
    return candidates;
  }
  if (rule.effect === 'move-down') target.demoted = true;
  if (rule.effect === 'move-last') target.last = true;
  (rule.repeat === true ? target.repeats : target.cautions).push(rule.reason);
  return candidates;
}

/** Runs one check node's rules, in table order, over the options gathered so far. */
export function applyCheck(rules: readonly OptionRule[], checkId: string, facts: CaseFacts, candidates: Candidate[], notes: Note[]): Candidate[] {
  return rules
    .filter((rule) => rule.check === checkId && rule.when(facts))
    .reduce((current, rule) => applyRule(current, rule, notes), candidates);
}

/** Each moved-down option goes just below the next option that was not moved down. */
function demote(list: readonly Candidate[]): Candidate[] {
  const ordered: Candidate[] = [];
  let waiting: Candidate[] = [];
  for (const candidate of list) {
    if (candidate.demoted) {
      waiting.push(candidate);
    } else {
      ordered.push(candidate, ...waiting);
      waiting = [];
    }
  }
  return [...ordered, ...waiting];
}

export function rankOptions(candidates: readonly Candidate[]): RecommendedOption[] {
  const now = [
    ...demote(candidates.filter((candidate) => !candidate.deferred && !candidate.last)),
    ...demote(candidates.filter((candidate) => !candidate.deferred && candidate.last)),
  ];
  const later = candidates.filter((candidate) => candidate.deferred);
  return [...now, ...later].map((candidate) => {
    const entry = optionCatalogue[candidate.id];
    const citations = [...candidate.citations];
    addAll(citations, entry.citations);
    return {
      id: candidate.id,
      label: entry.label,
      // An option that waits says why first (after the re-check and why it returns); one valid now, what to weigh.
      rationale: [
        ...candidate.prefix, ...candidate.repeats,
        ...(candidate.deferred ? [...candidate.timing, ...candidate.cautions] : [...candidate.cautions, ...candidate.timing]),
        ...candidate.reasons, entry.about,
      ].join(' '),
      citations,
      ...(candidate.deferred ? { deferred: true } : {}),
      ...(candidate.repeats.length > 0 ? { repeatReason: candidate.repeats.join(' ') } : {}),
      // Copies, so a caller changing its result cannot change the graph's data.
      ...(candidate.grades.length > 0 ? { grades: candidate.grades.map((grade) => ({ ...grade })) } : {}),
    };
  });
}
