/**
 * Earlier treatments and how each went, as the engine's CaseInput takes them. Every row is two selects bound
 * to the case: a row counts as soon as its treatment and outcome are chosen, with no "Add" to press (issue #17:
 * a chosen row left un-added was silently ignored, and a steroid-refractory patient was offered dexamethasone).
 * There is always an empty row after the last one for the next treatment; a half-chosen row blocks the advice
 * and says so (case-values.ts).
 */
import type { PriorOutcome, PriorTherapy } from '../../engine';
import { priorOutcomes, priorTherapies } from '../../engine/algorithm';
import { $case, setCaseField, type PriorRow } from './case';
import { caseFieldId } from './control-ids';
import { describedBy } from '../shared/ui/describe';
import { FieldError } from '../shared/ui/FieldError';
import { SelectField } from '../shared/ui/SelectField';
import { choicesOf } from '../shared/ui/choices';
import { outcomeLabels, therapyLabels } from './labels';

export interface PriorTherapiesProps {
  prior: readonly PriorRow[];
  error: string | undefined;
}

const blank: PriorRow = { therapy: '', outcome: '' };
const isBlank = (row: PriorRow) => row.therapy === '' && row.outcome === '';

/** The rows as shown: the case's rows, then one empty row for the next treatment. */
export function priorRowsToShow(rows: readonly PriorRow[]): PriorRow[] {
  const last = rows.at(-1);
  return last === undefined || !isBlank(last) ? [...rows, { ...blank }] : [...rows];
}

/** One row changed, read afresh from the store; the empty row after the last joins the case when chosen in. */
function setRow(index: number, patch: Partial<PriorRow>): void {
  const rows = $case.get().prior;
  const row = { ...(rows[index] ?? blank), ...patch };
  setCaseField('prior', index >= rows.length ? [...rows, row] : rows.map((old, at) => (at === index ? row : old)));
}

const removeRow = (index: number) => setCaseField('prior', $case.get().prior.filter((_row, at) => at !== index));

function rowName(row: PriorRow, index: number): string {
  return row.therapy === '' ? `treatment ${index + 1}` : `${therapyLabels[row.therapy]} (treatment ${index + 1})`;
}

export function PriorTherapies({ prior, error }: PriorTherapiesProps) {
  const id = caseFieldId('prior');
  // Built here, not at the top of the module (CONTRIBUTING, "Keeping pages light").
  const therapyChoices = choicesOf<PriorTherapy>(priorTherapies, therapyLabels);
  const outcomeChoices = choicesOf<PriorOutcome>(priorOutcomes, outcomeLabels);
  return (
    <fieldset id={id} class="field prior" aria-describedby={describedBy([[`${id}-hint`, true], [`${id}-error`, error !== undefined]])}>
      <legend>Earlier treatments</legend>
      <p id={`${id}-hint`} class="field-hint">Each treatment tried, in order, and how it went; a row counts once both are chosen. IVIG is usually one.</p>
      <ol class="prior-rows">
        {priorRowsToShow(prior).map((row, index) => (
          <li key={index} class="prior-row">
            <SelectField
              id={`${id}-therapy-${index}`} label="Treatment" labelDetail={`${index + 1}`} value={row.therapy} options={therapyChoices}
              placeholder="Choose…" onChange={(therapy) => setRow(index, { therapy })}
            />
            <SelectField
              id={`${id}-outcome-${index}`} label="Outcome" labelDetail={`of treatment ${index + 1}`} value={row.outcome} options={outcomeChoices}
              placeholder="Choose…" onChange={(outcome) => setRow(index, { outcome })}
            />
            {index < prior.length && (
              <button type="button" class="tool-button tool-button--quiet" aria-label={`Remove ${rowName(row, index)}`} onClick={() => removeRow(index)}>
                Remove
              </button>
            )}
          </li>
        ))}
      </ol>
      <FieldError id={`${id}-error`} message={error} />
    </fieldset>
  );
}
