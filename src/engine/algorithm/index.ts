/**
 * Part 3 of the engine (issue #6): the treatment algorithm as one cited graph. recommend() walks it for a
 * case; toMermaid() draws it; algorithmText() and algorithmOutline() say it in words.
 */
export { recommend } from './recommend';
export { toMermaid } from './mermaid';
export { algorithmText, algorithmOutline } from './text';
export type { OutlineNode } from './text';
export { optionCatalogue } from './options';
export type { OptionEntry } from './options';
export { urgencyRules } from './urgency';
export { bleedingLevels, optionIds, priorOutcomes, priorTherapies, urgencyLevels } from './vocabulary';
export type { Bleeding, OptionId, PriorOutcome, PriorTherapy, Urgency } from './vocabulary';
export type { CaseInput, Grade, PriorTreatment, Recommendation, RecommendedOption } from './types';
