/**
 * The case walked through the treatment algorithm (recommend() via the `$walk` store): the urgency and what
 * it means, the options best first with their reasons and sources, the notes, and the path — lit on the
 * page's diagram and said in words beside it. The quality-of-life question shows for a child only. Compact
 * (`view=compact`, for a slide): the questions hidden, and the path as a chain of steps that stands in for
 * the diagram, which the embed then hides (tools.css).
 */
import { useEffect } from 'preact/hooks';
import { answerChoices } from '../shared/ui/choices';
import { ChoiceField } from '../shared/ui/ChoiceField';
import type { ReferenceLabels } from '../shared/ui/Citations';
import { NoteList } from '../shared/ui/NoteList';
import { ProblemList } from '../shared/ui/ProblemList';
import { ResultRegion } from '../shared/ui/ResultRegion';
import { ToolSection } from '../shared/ui/ToolSection';
import { UrlNotices } from '../shared/ui/UrlNotices';
import { useStore } from '../shared/ui/use-store';
import { $caseValues } from '../case/case-values';
import { walkerControlId, walkerControlIds } from './control-ids';
import { lightPath } from './light-path';
import { $walk, $walker, asksQualityOfLife, setWalkerField, type WalkerAnswers } from './state';
import { Options, Urgency } from './WalkedAdvice';

export interface AlgorithmWalkerProps {
  refs: ReferenceLabels;
  /** Algorithm node id → its label in the diagram, built at build time (build.ts). */
  labels: Readonly<Record<string, string>>;
  /** The result and the path only (WalkerView decides: only once the case is walked). */
  compact?: boolean;
}

const questions: readonly { key: keyof WalkerAnswers; legend: string; hint: string; children?: true }[] = [
  { key: 'anticoagulants', legend: 'Taking an anticoagulant', hint: 'Raises the urgency of a low count.' },
  { key: 'procedurePlanned', legend: 'Procedure planned (surgery or an invasive test)', hint: 'A rapid rise may be needed. A delivery has its own question in pregnancy.' },
  { key: 'qualityOfLifeImpaired', legend: 'Quality of life reduced by ITP', hint: 'Children only: like mucosal bleeding, a reason to treat.', children: true },
];

export function AlgorithmWalker({ refs, labels, compact = false }: AlgorithmWalkerProps) {
  const walker = useStore($walker);
  const outcome = useStore($walk);
  const values = useStore($caseValues);
  const child = asksQualityOfLife(values);
  const path = outcome.state === 'walked' ? outcome.recommendation.path : [];
  useEffect(() => lightPath(path), [path.join(' ')]);

  return (
    <ToolSection id="walk" heading="Where this case goes" class={compact ? 'algorithm-walker walker-compact' : 'algorithm-walker'}>
      <UrlNotices />
      <div class="tool-controls" data-print="hide" hidden={compact}>
        {questions.filter((question) => question.children !== true || child).map((question) => (
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
            <Urgency recommendation={outcome.recommendation} ageYears={values.ageYears} refs={refs} />
            <h3>Options, best first</h3>
            <Options recommendation={outcome.recommendation} refs={refs} />
            {outcome.warnings.length > 0 && (
              <>
                <h3>Notes</h3>
                <NoteList notes={outcome.warnings} refs={refs} />
              </>
            )}
            <h3>{compact ? 'The path through the algorithm' : 'The path, lit on the diagram above'}</h3>
            <ol class={compact ? 'path-text path-chain' : 'path-text'}>
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
