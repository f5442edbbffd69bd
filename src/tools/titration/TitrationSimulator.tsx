/**
 * The titration simulator: an agent, its options and the counts go into the page's titration state; the
 * engine's `titrateWith` decides every step; this view shows the latest decision in the
 * live region, then the chart and the steps table, the engine's notes, and a copy for a clinical note.
 */
import { $case } from '../case/case';
import { stateHref } from '../shared/fragment';
import type { ReferenceLabels } from '../shared/ui/Citations';
import { readableCitations } from '../shared/note-text';
import { CopyButton } from '../shared/ui/CopyButton';
import { ProblemList } from '../shared/ui/ProblemList';
import { ResultRegion } from '../shared/ui/ResultRegion';
import { ToolSection } from '../shared/ui/ToolSection';
import { UrlNotices } from '../shared/ui/UrlNotices';
import { useStore } from '../shared/ui/use-store';
import { AssessmentRows } from './AssessmentRows';
import type { CountLines } from './chart-lines';
import { titrationQuery } from './codec';
import { titrationControlId } from './control-ids';
import { LatestStep } from './LatestStep';
import { ResultPlaceholder } from './ResultPlaceholder';
import type { TitrationState } from './state';
import { titrationSummaryText } from './summary';
import { TitrationControls } from './TitrationControls';
import { TitrationDetail } from './TitrationDetail';

export interface TitrationSimulatorProps {
  /** Reference key → short label, built at build time. */
  refs: ReferenceLabels;
  /** The count lines of each label table, for the chart (build.ts). */
  countLines: CountLines;
  state: TitrationState;
}

export function TitrationSimulator({ refs, countLines, state }: TitrationSimulatorProps) {
  const fields = useStore(state.$fields);
  const caseFields = useStore($case);
  const outcome = useStore(state.$outcome);
  const { result } = outcome;
  return (
    <ToolSection id="titration" heading="Titration simulator" class="titration-tool">
      <UrlNotices />
      <TitrationControls fields={fields} errors={outcome.errors} set={state.set} />
      <AssessmentRows state={state} fields={fields} weightUnit={caseFields.weightUnit} errors={outcome.errors} notes={outcome.notes} />
      <ResultRegion label="Latest decision" minHeight="6rem">
        {result.state === 'idle' && <p class="result-placeholder">Enter the count on day 0 (the first dose) and each count since.</p>}
        {result.state === 'loading' && <ResultPlaceholder agent={result.agent} />}
        {result.state === 'problems' && <ProblemList lead="To simulate the titration:" problems={result.problems} controlId={titrationControlId} />}
        {result.state === 'done' && <LatestStep value={result.value} refs={refs} />}
      </ResultRegion>
      <TitrationDetail outcome={result} refs={refs} countLines={countLines} />
      <div class="result-actions" data-print="hide">
        {result.state === 'done' && <CopyButton text={titrationSummaryText(result.value, result.warnings, result.input, readableCitations(refs))} />}
        <a class="tool-link" href={stateHref('/tools/monitoring/', titrationQuery(caseFields, fields))}>
          Monitoring schedule for these counts
        </a>
      </div>
    </ToolSection>
  );
}
