/**
 * The case walked through the treatment algorithm (recommend() via the `$walk` store): the urgency and what
 * it means, the options best first with their reasons and sources, the notes, and the path — lit on the
 * page's diagram and said in words beside it. The walker's questions are WalkerQuestions.tsx. Compact
 * (`view=compact`, for a slide): the questions hidden, and the path as a chain of steps that stands in for
 * the diagram, which the embed then hides (tools.css).
 */
import { useEffect } from 'preact/hooks';
import type { ReferenceLabels } from '../shared/ui/Citations';
import { NoteList } from '../shared/ui/NoteList';
import { ProblemList } from '../shared/ui/ProblemList';
import { ResultRegion } from '../shared/ui/ResultRegion';
import { ToolSection } from '../shared/ui/ToolSection';
import { UrlNotices } from '../shared/ui/UrlNotices';
import { useStore } from '../shared/ui/use-store';
import { $caseValues } from '../case/case-values';
import { walkerControlId } from './control-ids';
import { lightPath } from './light-path';
import { $walk } from './state';
import { Options, Urgency } from './WalkedAdvice';
import { WalkerQuestions } from './WalkerQuestions';

export interface AlgorithmWalkerProps {
  refs: ReferenceLabels;
  /** Algorithm node id → its label in the diagram, built at build time (build.ts). */
  labels: Readonly<Record<string, string>>;
  /** The result and the path only (WalkerView decides: only once the case is walked). */
  compact?: boolean;
}

export function AlgorithmWalker({ refs, labels, compact = false }: AlgorithmWalkerProps) {
  const outcome = useStore($walk);
  const values = useStore($caseValues);
  const path = outcome.state === 'walked' ? outcome.recommendation.path : [];
  useEffect(() => lightPath(path), [path.join(' ')]);

  return (
    <ToolSection id="walk" heading="Where this case goes" class={compact ? 'algorithm-walker walker-compact' : 'algorithm-walker'}>
      <UrlNotices />
      <WalkerQuestions hidden={compact} />
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
