/**
 * IWG 2009 response from a baseline count, later counts and bleeding: the category, the engine's reason,
 * the days that confirmed it, and what is still needed when it is not confirmed yet.
 */
import type { ResponseAssessment } from '../../engine';
import { formatNumber } from '../../engine/format';
import { plateletUnits, unitLabels } from '../../engine/units';
import { answerChoices } from '../shared/ui/choices';
import { ChoiceField } from '../shared/ui/ChoiceField';
import { Citations, type ReferenceLabels } from '../shared/ui/Citations';
import { NoteList } from '../shared/ui/NoteList';
import { NumberField } from '../shared/ui/NumberField';
import { ProblemList } from '../shared/ui/ProblemList';
import { ResultRegion } from '../shared/ui/ResultRegion';
import { ToolSection } from '../shared/ui/ToolSection';
import { UrlNotices } from '../shared/ui/UrlNotices';
import { useStore } from '../shared/ui/use-store';
import { responseControlId, responseControlIds } from './control-ids';
import { CountRows } from './CountRows';
import { $response, $responseOutcome, setResponseField } from './state';
import { categoryNames } from './words';

export interface ResponseAssessorProps {
  /** Reference key → short label, built at build time. */
  refs: ReferenceLabels;
}

function confirmation(assessment: ResponseAssessment): string | undefined {
  const days = assessment.confirmedOnDays;
  if (days === undefined) return undefined;
  return `Confirmed by the counts from day ${formatNumber(days[0])} to day ${formatNumber(days[1])}.`;
}

export function ResponseAssessor({ refs }: ResponseAssessorProps) {
  const fields = useStore($response);
  const outcome = useStore($responseOutcome);
  const { result } = outcome;

  return (
    <ToolSection id="response" heading="Response (IWG 2009)" class="response-assessor">
      <UrlNotices />
      <div class="tool-controls" data-print="hide">
        <NumberField
          id={responseControlIds.baseline} label="Baseline count" value={fields.baseline}
          hint="The count when the treatment began." error={outcome.errors['response.baseline']}
          notes={outcome.notes['response.baseline']?.map((note) => note.message)}
          onValue={(v) => setResponseField('baseline', v)}
          unit={{ label: 'Unit of every count', value: fields.unit, options: plateletUnits, labels: unitLabels, onChange: (u) => setResponseField('unit', u) }}
        />
        <ChoiceField
          id={responseControlIds.bleeding} legend="Bleeding now" value={fields.bleeding} options={answerChoices}
          hint="Any bleeding means no response." onChange={(v) => setResponseField('bleeding', v)}
        />
      </div>
      <div class="tool-rows" data-print="hide">
        <h3>Counts since the treatment began</h3>
        <p class="field-hint">Day 0 is the first dose. Press Enter in a count to go to the next row.</p>
        <CountRows rows={fields.rows} errors={outcome.errors} notes={outcome.notes} />
      </div>
      <ResultRegion label="Response" minHeight="8rem">
        {result.state === 'idle' && (
          <p class="result-placeholder">Enter the baseline, the counts with their days, and whether the patient is bleeding.</p>
        )}
        {result.state === 'problems' && <ProblemList lead="To assess the response:" problems={result.problems} controlId={responseControlId} />}
        {result.state === 'assessed' && (
          <>
            <p class="response-category">{categoryNames[result.assessment.category]}</p>
            <p>
              {result.assessment.reason} <Citations citations={[result.assessment.citation]} refs={refs} />
            </p>
            {confirmation(result.assessment) !== undefined && <p>{confirmation(result.assessment)}</p>}
            <NoteList notes={result.warnings} refs={refs} />
          </>
        )}
      </ResultRegion>
    </ToolSection>
  );
}
