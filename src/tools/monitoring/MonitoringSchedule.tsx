/**
 * What to measure next and when, from the same agent and counts as the titration simulator (the same
 * store and link): the engine's `monitoringPlan` through `$monitoringOutcome`. Fostamatinib adds its
 * dose-reduction ladder and blood-pressure rules as a helper.
 */
import { $case } from '../case/case';
import { pageBinding } from '../shared/page-state';
import { $titration } from '../titration/fields';
import { $monitoringOutcome } from './state';
import { titrationCodec, titrationQuery } from '../titration/codec';
import { AssessmentRows } from '../titration/AssessmentRows';
import { TitrationControls } from '../titration/TitrationControls';
import type { ReferenceLabels } from '../shared/ui/Citations';
import { NoteList } from '../shared/ui/NoteList';
import { ProblemList } from '../shared/ui/ProblemList';
import { ResultRegion } from '../shared/ui/ResultRegion';
import { ToolSection } from '../shared/ui/ToolSection';
import { UrlNotices } from '../shared/ui/UrlNotices';
import { usePageState } from '../../components/islands/ui/use-page-state';
import { useStore } from '../shared/ui/use-store';
import { FostamatinibHelper } from './FostamatinibHelper';
import { MonitoringPlanView } from './MonitoringPlanView';

export interface MonitoringScheduleProps {
  /** Reference key → short label, built at build time (MonitoringTool.astro). */
  refs: ReferenceLabels;
}

export function MonitoringSchedule({ refs }: MonitoringScheduleProps) {
  usePageState(pageBinding($titration, titrationCodec));
  const fields = useStore($titration);
  const caseFields = useStore($case);
  const outcome = useStore($monitoringOutcome);
  const { result } = outcome;
  return (
    <ToolSection id="monitoring" heading="Monitoring schedule" class="monitoring-tool">
      <UrlNotices />
      <TitrationControls fields={fields} errors={outcome.errors} />
      <AssessmentRows fields={fields} weightUnit={caseFields.weightUnit} errors={outcome.errors} notes={outcome.notes} />
      <ResultRegion label="Monitoring" minHeight="12rem">
        {result.state === 'idle' && <p class="result-placeholder">Enter the count on day 0 (the first dose) and each count since.</p>}
        {result.state === 'problems' && <ProblemList lead="To plan the monitoring:" problems={result.problems} />}
        {result.state === 'done' && <MonitoringPlanView plan={result.value} refs={refs} />}
      </ResultRegion>
      {result.state === 'done' && (
        <details class="label-notes">
          <summary>Notes from the label</summary>
          <NoteList notes={result.warnings} refs={refs} />
        </details>
      )}
      {fields.agent === 'fostamatinib' && <FostamatinibHelper refs={refs} />}
      <p class="result-actions" data-print="hide">
        <a class="tool-link" href={`/tools/titration/?${titrationQuery(caseFields, fields)}`}>Titration steps for these counts</a>
      </p>
    </ToolSection>
  );
}
