/**
 * What the walk gives, in the order a clinician acts on it: the urgency with what it means (admit now,
 * same-day review, routine review: the engine's `urgencyMeaningFor`, so the words agree with the options the
 * engine ranked), then the options best first, each saying first why it is offered again when its therapy
 * already failed (`repeatReason`, issue #17).
 */
import { urgencyMeaningFor, type RecommendedOption, type Recommendation } from '../../engine';
import { Citations, type ReferenceLabels } from '../shared/ui/Citations';

export interface WalkedAdviceProps {
  recommendation: Recommendation;
  refs: ReferenceLabels;
}

/** The rationale without the repeat reason, which is shown on its own line above it. */
function rest(option: RecommendedOption): string {
  const { rationale, repeatReason } = option;
  return repeatReason === undefined ? rationale : rationale.replace(repeatReason, '').replace(/\s{2,}/g, ' ').trim();
}

/** The urgency and what it means for this patient (a child's "urgent" in the children's sources). */
export function Urgency({ recommendation, ageYears, refs }: WalkedAdviceProps & { ageYears: number | undefined }) {
  const meaning = urgencyMeaningFor(recommendation.urgency, ageYears);
  // Always a level here (the engine's own answer); the lookup also answers callers outside the project.
  if (meaning === undefined) return null;
  return (
    <div class={`urgency-box urgency-box--${recommendation.urgency}`}>
      <p class="urgency-line">
        Urgency: <span class={`urgency urgency--${recommendation.urgency}`}>{meaning.label}</span>{' '}
        <strong class="urgency-action">{meaning.action}</strong>
      </p>
      <p class="urgency-meaning">
        {meaning.meaning} <Citations citations={meaning.citations} refs={refs} />
      </p>
    </div>
  );
}

export function Options({ recommendation, refs }: WalkedAdviceProps) {
  return (
    <ol class="options">
      {recommendation.options.map((option) => (
        <li key={option.id} class={option.deferred === true ? 'option-deferred' : undefined}>
          <strong>{option.label}</strong>
          {option.deferred === true && ' — not yet (deferred)'}
          {option.repeatReason !== undefined && <p class="option-repeat">{option.repeatReason}</p>}
          <p>
            {rest(option)} <Citations citations={option.citations} refs={refs} />
          </p>
        </li>
      ))}
    </ol>
  );
}
