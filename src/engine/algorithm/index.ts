/**
 * Part 3 of the engine (issue #6): the treatment algorithm as one cited graph. recommend() walks it for a
 * case; toMermaid() draws it; algorithmText() and algorithmOutline() say it in words; thresholds and
 * algorithmGrades() give pages the numbers and the ASH grades it decides on.
 *
 * The graph's populations are parts a page loads on its reader's case (`partsFor`), each a declared entry
 * point of its own (parts/adult.ts, parts/child.ts, parts/pregnancy.ts, and parts/child-in-pregnancy.ts, the
 * children's rows alone, all a pregnant child's walk needs of their part): `recommendWith(parts)` walks the
 * parts carried, and `recommend` is it over all three.
 */
import { algorithmNodes } from './graph';
import type { Grade } from './types';

export { recommend } from './recommend';
export { recommendWith, partsFor } from './walk';
export { allParts } from './parts/all';
export { toMermaid } from './mermaid';
export { algorithmText, algorithmOutline } from './text';
export type { OutlineNode } from './text';
export { optionCatalogue } from './options';
export { optionBriefs } from './briefs';
export type { OptionBrief } from './briefs';
export { optionLabels } from './option-labels';
export type { OptionEntry } from './options';
export { urgencyRules } from './urgency';
export type { UrgencyRule } from './urgency';
export { urgencyMeaningFor, urgencyMeanings } from './urgency-meanings';
export type { UrgencyMeaning } from './urgency-meanings';
// Verification (issue #17): the invariants, the case space they are checked over, and the named scenarios.
// Data and functions only; nothing here runs on import.
export { invariants, violations } from './verification/invariants';
export type { Invariant, Violation } from './verification/invariants';
export { caseSpace, enumerateCases, allHistories } from './verification/case-space';
export { scenarios } from './verification/scenarios';
export type { ExpectedOption, Scenario } from './verification/scenarios';
export { algorithmPartIds, bleedingLevels, optionIds, priorOutcomes, priorTherapies, urgencyLevels } from './vocabulary';
export type { AlgorithmPartId, Bleeding, OptionId, PriorOutcome, PriorTherapy, Urgency } from './vocabulary';
export type { AlgorithmPart, AlgorithmParts, CaseInput, Grade, PriorTreatment, Recommendation, RecommendedOption } from './types';
export { thresholds } from './thresholds';
// The gestation's range, for a form that reads the typed weeks beside the field (issue #17 item 5).
export { gestationRule } from './case-input';

/**
 * Every ASH 2019 grade the algorithm's options carry, once per recommendation, in drawing order: the grades
 * recommend() returns, for a page that lists recommendations with their strength.
 * @example algorithmGrades().find((grade) => grade.recommendation === 'ash-2019 rec 1b')
 *   // { recommendation: 'ash-2019 rec 1b', strength: 'strong', strengthStatus: 'secondary', certainty: 'UNVERIFIED' }
 */
export function algorithmGrades(): Grade[] {
  const grades = new Map<string, Grade>();
  for (const node of algorithmNodes) {
    if (node.kind === 'decision' || node.kind === 'check') continue;
    for (const grade of (node.offers ?? []).flatMap((offer) => offer.grades ?? [])) {
      if (!grades.has(grade.recommendation)) grades.set(grade.recommendation, { ...grade });
    }
  }
  return [...grades.values()];
}
