/**
 * The titration simulator: an agent, its options and the counts go into `$titration`; the engine's
 * `titrate` (through `$titrationOutcome`) decides every step; this view shows the latest decision in the
 * live region, then the chart and the steps table, the engine's notes, and a copy for a clinical note.
 */
import { $case } from '../case/case';
import { pageBinding } from '../shared/page-state';
import { $titration } from './fields';
import { $titrationOutcome } from './outcome';
import { titrationCodec, titrationQuery } from './codec';
import type { ReferenceLabels } from '../shared/ui/Citations';
import { CopyButton } from '../shared/ui/CopyButton';
import { ProblemList } from '../shared/ui/ProblemList';
import { ResultRegion } from '../shared/ui/ResultRegion';
import { ToolSection } from '../shared/ui/ToolSection';
import { UrlNotices } from '../shared/ui/UrlNotices';
import { usePageState } from '../../components/islands/ui/use-page-state';
import { useStore } from '../shared/ui/use-store';
import { AssessmentRows } from './AssessmentRows';
import { LatestStep } from './LatestStep';
import { titrationSummaryText } from './summary';
import { TitrationControls } from './TitrationControls';
import { TitrationDetail } from './TitrationDetail';

export interface TitrationSimulatorProps {
  /** Reference key → short label, built at build time (TitrationTool.astro). */
  refs: ReferenceLabels;
}

export function TitrationSimulator({ refs }: TitrationSimulatorProps) {
  usePageState(pageBinding($titration, titrationCodec));
  const fields = useStore($titration);
  const caseFields = useStore($case);
  const outcome = useStore($titrationOutcome);
  const { result } = outcome;
  return (
    <ToolSection id="titration" heading="Titration simulator" class="titration-tool">
      <UrlNotices />
      <TitrationControls fields={fields} errors={outcome.errors} />
      <AssessmentRows fields={fields} weightUnit={caseFields.weightUnit} errors={outcome.errors} notes={outcome.notes} />
      <ResultRegion label="Latest decision" minHeight="6rem">
        {result.state === 'idle' && <p class="result-placeholder">Enter the count on day 0 (the first dose) and each count since.</p>}
        {result.state === 'problems' && <ProblemList lead="To simulate the titration:" problems={result.problems} />}
        {result.state === 'done' && <LatestStep value={result.value} refs={refs} />}
      </ResultRegion>
      <TitrationDetail outcome={result} refs={refs} />
      <div class="result-actions" data-print="hide">
        {result.state === 'done' && <CopyButton text={titrationSummaryText(result.value, result.warnings, result.input)} />}
        <a class="tool-link" href={`/tools/monitoring/?${titrationQuery(caseFields, fields)}`}>
          Monitoring schedule for these counts
        </a>
      </div>
    </ToolSection>
  );
}
