/**
 * Earlier treatments and how each went, as the engine's CaseInput takes them. Entries are listed with a
 * remove button; a new one is picked with two selects and added with the button (or Enter on it).
 */
import { useState } from 'preact/hooks';
import type { PriorOutcome, PriorTherapy } from '../../engine';
import { priorOutcomes, priorTherapies } from '../../engine/algorithm';
import { $case, setCaseField, type PriorEntry } from './case';
import { caseMessages } from '../shared/messages';
import { caseFieldId } from './control-ids';
import { FieldError } from '../shared/ui/FieldError';
import { SelectField } from '../shared/ui/SelectField';
import { choicesOf } from '../shared/ui/choices';
import { outcomeLabels, therapyLabels } from './labels';

export interface PriorTherapiesProps {
  prior: readonly PriorEntry[];
}

const therapyChoices = choicesOf(priorTherapies, therapyLabels);
const outcomeChoices = choicesOf(priorOutcomes, outcomeLabels);

export function PriorTherapies({ prior }: PriorTherapiesProps) {
  const id = caseFieldId('prior');
  const [therapy, setTherapy] = useState<PriorTherapy | ''>('');
  const [outcome, setOutcome] = useState<PriorOutcome | ''>('');
  const [error, setError] = useState<string | undefined>(undefined);
  const add = () => {
    if (therapy === '' || outcome === '') {
      setError(caseMessages.priorIncomplete);
      return;
    }
    setCaseField('prior', [...$case.get().prior, { therapy, outcome }]);
    setTherapy('');
    setOutcome('');
    setError(undefined);
  };
  return (
    <fieldset id={id} class="field prior">
      <legend>Earlier treatments</legend>
      {prior.length === 0 ? (
        <p class="field-hint">None entered. Add each treatment tried, in order; IVIG is usually one.</p>
      ) : (
        <ol class="prior-list">
          {prior.map((entry, index) => (
            <li key={`${entry.therapy}-${index}`}>
              <span>
                {therapyLabels[entry.therapy]}: {outcomeLabels[entry.outcome].toLowerCase()}
              </span>
              <button
                type="button"
                class="tool-button tool-button--quiet"
                aria-label={`Remove ${therapyLabels[entry.therapy]} (${outcomeLabels[entry.outcome].toLowerCase()})`}
                onClick={() => setCaseField('prior', $case.get().prior.filter((_entry, at) => at !== index))}
              >
                Remove
              </button>
            </li>
          ))}
        </ol>
      )}
      <div class="prior-add">
        <SelectField id={`${id}-therapy`} label="Treatment" value={therapy} options={therapyChoices} placeholder="Choose…" onChange={setTherapy} />
        <SelectField id={`${id}-outcome`} label="Outcome" value={outcome} options={outcomeChoices} placeholder="Choose…" onChange={setOutcome} />
        <button type="button" class="tool-button" onClick={add} aria-describedby={error === undefined ? undefined : `${id}-error`}>
          Add treatment
        </button>
      </div>
      <FieldError id={`${id}-error`} message={error} />
    </fieldset>
  );
}
