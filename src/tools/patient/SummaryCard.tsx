/**
 * The answer for the case, right below the fields it depends on: the urgency in words that say what to do
 * (the engine's urgencyMeaningFor), the first options valid now, each with its one-line reason (optionBriefs)
 * and a dose for this patient (OptionDose), then the way to the full walk, the note to copy and the print.
 * A shared link that carries a case lands here: the card takes the focus once its answer is on screen.
 */
import { useEffect, useRef } from 'preact/hooks';
import { optionBriefs, urgencyMeaningFor } from '../../engine';
import { $case } from '../case/case';
import { $caseValues } from '../case/case-values';
import { caseControlId } from '../case/control-ids';
import { readableCitations } from '../shared/note-text';
import { Citations, type ReferenceLabels } from '../shared/ui/Citations';
import { CopyButton } from '../shared/ui/CopyButton';
import { NoteList } from '../shared/ui/NoteList';
import { ProblemList } from '../shared/ui/ProblemList';
import { ResultRegion } from '../shared/ui/ResultRegion';
import { ToolSection } from '../shared/ui/ToolSection';
import { useStore } from '../shared/ui/use-store';
import { titrationLink, walkerLink } from './links';
import { caseLine, patientNoteText } from './note';
import { OptionDose } from './OptionDose';
import { $walker } from '../walker/state';
import { $arrivedWithCase, $summary, type OptionSummary } from './state';

function Option({ summary, refs }: { summary: OptionSummary; refs: ReferenceLabels }) {
  const fields = useStore($case);
  const { option, source, doses } = summary;
  const brief = optionBriefs[option.id];
  return (
    <li class="patient-option">
      <h4>{option.label}{option.deferred === true && ' — not yet'}</h4>
      <p>{brief.text} <Citations citations={brief.citations} refs={refs} /></p>
      {source.kind === 'none' && <p class="patient-no-dose">No dose: {source.why}</p>}
      {source.kind === 'titration' && (
        <p class="patient-no-dose">
          Starting dose by agent: <a href={titrationLink(fields)}>open the titration simulator with this case</a>.
        </p>
      )}
      {doses.map((dose) => <OptionDose key={dose.regimen} dose={dose} named={doses.length > 1} fields={fields} refs={refs} />)}
    </li>
  );
}

export function SummaryCard({ refs }: { refs: ReferenceLabels }) {
  const summary = useStore($summary);
  const fields = useStore($case);
  const values = useStore($caseValues);
  const walker = useStore($walker);
  const heading = useRef<HTMLHeadingElement>(null);
  const walked = summary.state === 'walked';
  useEffect(() => {
    if (!walked || !$arrivedWithCase.get()) return;
    $arrivedWithCase.set(false);
    // The card from its top (its heading and the case line), below the site's sticky header (tools.css).
    heading.current?.focus({ preventScroll: true });
    heading.current?.closest('section')?.scrollIntoView({ block: 'start' });
  }, [walked]);
  const note = patientNoteText(summary, fields, values, readableCitations(refs));
  const meaning = summary.state === 'walked' ? urgencyMeaningFor(summary.urgency, values.ageYears) : undefined;

  return (
    <ToolSection id="summary" heading="For this patient" class="patient-summary">
      <ResultRegion label="Summary" minHeight="10rem">
        {summary.state === 'idle' && <p class="result-placeholder">Type the age, count, bleeding, months since diagnosis and earlier treatments above: the answer appears here.</p>}
        {summary.state === 'loading' && <p class="result-placeholder">Loading the algorithm for this case…</p>}
        {summary.state === 'problems' && <ProblemList lead="For an answer:" problems={summary.problems} controlId={caseControlId} />}
        {summary.state === 'walked' && meaning !== undefined && (
          <>
            <p class="patient-case-line">{caseLine(fields, values)}</p>
            <h3 ref={heading} tabIndex={-1} class={`urgency-line urgency--${summary.urgency}`}>
              {meaning.label}: {meaning.action}
            </h3>
            <p>
              {meaning.meaning} <Citations citations={meaning.citations} refs={refs} />
            </p>
            <ol class="patient-options">
              {summary.options.map((option) => <Option key={option.option.id} summary={option} refs={refs} />)}
            </ol>
            {summary.warnings.length > 0 && (
              <details class="patient-notes">
                <summary>Notes for this case ({summary.warnings.length})</summary>
                <NoteList notes={summary.warnings} refs={refs} />
              </details>
            )}
            <p data-print="hide">
              <a href={walkerLink(fields, walker)}>
                {summary.more > 0 ? `All options with their full reasons, and the path on the diagram` : 'The full reasons and the path on the diagram'}
              </a>
            </p>
          </>
        )}
      </ResultRegion>
      {note !== undefined && (
        <div class="result-actions" data-print="hide">
          <CopyButton text={note} label="Copy as a note" />
          <button type="button" class="tool-button" onClick={() => window.print()}>Print</button>
        </div>
      )}
    </ToolSection>
  );
}
