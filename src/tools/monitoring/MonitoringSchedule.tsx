/**
 * What to measure next and when, from the same agent and counts as the titration simulator (the same
 * store and link): the engine's `monitoringPlan` through `$monitoringOutcome`. Fostamatinib adds its
 * dose-reduction ladder and blood-pressure rules as a helper.
 */
import { $case } from '../case/case';
import { stateHref } from '../shared/fragment';
import type { ReferenceLabels } from '../shared/ui/Citations';
import { NoteList } from '../shared/ui/NoteList';
import { ProblemList } from '../shared/ui/ProblemList';
import { ResultRegion } from '../shared/ui/ResultRegion';
import { ToolSection } from '../shared/ui/ToolSection';
import { UrlNotices } from '../shared/ui/UrlNotices';
import { useStore } from '../shared/ui/use-store';
import { AssessmentRows } from '../titration/AssessmentRows';
import { titrationQuery } from '../titration/codec';
import { titrationControlId } from '../titration/control-ids';
import { ResultPlaceholder } from '../titration/ResultPlaceholder';
import { TitrationControls } from '../titration/TitrationControls';
import { FostamatinibHelper } from './FostamatinibHelper';
import { MonitoringPlanView } from './MonitoringPlanView';
import type { MonitoringState } from './state';

export interface MonitoringScheduleProps {
  /** Reference key → short label, built at build time. */
  refs: ReferenceLabels;
  state: MonitoringState;
}

export function MonitoringSchedule({ refs, state }: MonitoringScheduleProps) {
  const { titration } = state;
  const fields = useStore(titration.$fields);
  const caseFields = useStore($case);
  const outcome = useStore(state.$plan);
  const { result } = outcome;
  return (
    <ToolSection id="monitoring" heading="Monitoring schedule" class="monitoring-tool">
      <UrlNotices />
      <TitrationControls fields={fields} errors={outcome.errors} set={titration.set} />
      <AssessmentRows state={titration} fields={fields} weightUnit={caseFields.weightUnit} errors={outcome.errors} notes={outcome.notes} />
      <ResultRegion label="Monitoring" minHeight="12rem">
        {result.state === 'idle' && <p class="result-placeholder">Enter the count on day 0 (the first dose) and each count since.</p>}
        {result.state === 'loading' && <ResultPlaceholder agent={result.agent} />}
        {result.state === 'problems' && <ProblemList lead="To plan the monitoring:" problems={result.problems} controlId={titrationControlId} />}
        {result.state === 'done' && <MonitoringPlanView plan={result.value} refs={refs} />}
      </ResultRegion>
      {result.state === 'done' && (
        <details class="label-notes">
          <summary>Notes from the label</summary>
          <NoteList notes={result.warnings} refs={refs} />
        </details>
      )}
      {fields.agent === 'fostamatinib' && <FostamatinibHelper refs={refs} helper={state.helper} />}
      <p class="result-actions" data-print="hide">
        <a class="tool-link" href={stateHref('/tools/titration/', titrationQuery(caseFields, fields))}>Titration steps for these counts</a>
      </p>
    </ToolSection>
  );
}
