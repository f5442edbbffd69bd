/**
 * The case walked through the treatment algorithm (recommend() via the `$walk` store): the urgency, the
 * options best first with their reasons and sources, the notes, and the path — lit on the page's diagram
 * and said in words beside it.
 */
import { useEffect } from 'preact/hooks';
import type { Recommendation } from '../../engine';
import { answerChoices } from '../shared/ui/choices';
import { ChoiceField } from '../shared/ui/ChoiceField';
import { Citations, type ReferenceLabels } from '../shared/ui/Citations';
import { NoteList } from '../shared/ui/NoteList';
import { ProblemList } from '../shared/ui/ProblemList';
import { ResultRegion } from '../shared/ui/ResultRegion';
import { ToolSection } from '../shared/ui/ToolSection';
import { UrlNotices } from '../shared/ui/UrlNotices';
import { useStore } from '../shared/ui/use-store';
import { walkerControlId, walkerControlIds } from './control-ids';
import { lightPath } from './light-path';
import { $walk, $walker, setWalkerField, type WalkerFields } from './state';

export interface AlgorithmWalkerProps {
  refs: ReferenceLabels;
  /** Algorithm node id → its label in the diagram, built at build time (build.ts). */
  labels: Readonly<Record<string, string>>;
}

const urgencyWords: Record<Recommendation['urgency'], string> = {
  emergency: 'Emergency',
  urgent: 'Urgent',
  routine: 'Routine',
};

const questions: readonly { key: keyof WalkerFields; legend: string; hint: string }[] = [
  { key: 'anticoagulants', legend: 'Taking an anticoagulant', hint: 'Raises the urgency of a low count.' },
  { key: 'procedurePlanned', legend: 'Procedure or delivery planned', hint: 'A rapid rise may be needed.' },
  { key: 'qualityOfLifeImpaired', legend: 'Quality of life reduced by ITP (children)', hint: 'A reason for second-line treatment in children.' },
];

function Options({ recommendation, refs }: { recommendation: Recommendation; refs: ReferenceLabels }) {
  return (
    <ol class="options">
      {recommendation.options.map((option) => (
        <li key={option.id} class={option.deferred === true ? 'option-deferred' : undefined}>
          <strong>{option.label}</strong>
          {option.deferred === true && ' — not yet (deferred)'}
          <p>
            {option.rationale} <Citations citations={option.citations} refs={refs} />
          </p>
        </li>
      ))}
    </ol>
  );
}

export function AlgorithmWalker({ refs, labels }: AlgorithmWalkerProps) {
  const walker = useStore($walker);
  const outcome = useStore($walk);
  const path = outcome.state === 'walked' ? outcome.recommendation.path : [];
  useEffect(() => lightPath(path), [path.join(' ')]);

  return (
    <ToolSection id="walk" heading="Where this case goes" class="algorithm-walker">
      <UrlNotices />
      <div class="tool-controls" data-print="hide">
        {questions.map((question) => (
          <ChoiceField
            key={question.key} id={walkerControlIds[question.key]} legend={question.legend} hint={question.hint}
            value={walker[question.key]} options={answerChoices} onChange={(v) => setWalkerField(question.key, v)}
          />
        ))}
      </div>
      <ResultRegion label="Recommendation" minHeight="12rem">
        {outcome.state === 'idle' && <p class="result-placeholder">Enter the case above to walk the algorithm.</p>}
        {outcome.state === 'loading' && <p class="result-placeholder">Loading the algorithm for this case…</p>}
        {outcome.state === 'problems' && <ProblemList lead="To walk the algorithm:" problems={outcome.problems} controlId={walkerControlId} />}
        {outcome.state === 'walked' && (
          <>
            <p>
              Urgency:{' '}
              <span class={`urgency urgency--${outcome.recommendation.urgency}`}>{urgencyWords[outcome.recommendation.urgency]}</span>
            </p>
            <h3>Options, best first</h3>
            <Options recommendation={outcome.recommendation} refs={refs} />
            {outcome.warnings.length > 0 && (
              <>
                <h3>Notes</h3>
                <NoteList notes={outcome.warnings} refs={refs} />
              </>
            )}
            <h3>The path, lit on the diagram above</h3>
            <ol class="path-text">
              {path.map((id) => (
                <li key={id}>{labels[id] ?? id}</li>
              ))}
            </ol>
          </>
        )}
      </ResultRegion>
    </ToolSection>
  );
}
