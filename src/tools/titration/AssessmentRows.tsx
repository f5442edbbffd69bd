/**
 * The assessments, typed from the keyboard: Enter in a day moves to its count; Enter in a count moves to
 * the next row's count, adding a row (due on the day the engine says the next count is) after the last.
 * Never to the next row's day: it is already filled in, and a count typed there would be read as a day
 * (issue #19; hazard log H-PHONE-02). Days are counted from the first dose (day 0), or typed as weeks or
 * dates. Romiplostim rows take a child's updated weight.
 */
import { useRef } from 'preact/hooks';
import type { Note, WeightUnit } from '../../engine';
import { plateletUnits, unitLabels } from '../../engine/units';
import { choicesOf } from '../shared/ui/choices';
import { ChoiceField } from '../shared/ui/ChoiceField';
import { NumberField } from '../shared/ui/NumberField';
import { SelectField } from '../shared/ui/SelectField';
import { usePendingFocus } from '../shared/ui/use-pending-focus';
import { rowControlId, titrationControlIds as ids } from './control-ids';
import { dayEntries, rowField, type TitrationFieldKey, type TitrationFields } from './fields';
import type { TitrationState } from './state';
import { WhenField } from './WhenField';
import { entryNames } from './words';

export interface AssessmentRowsProps {
  state: TitrationState;
  fields: TitrationFields;
  weightUnit: WeightUnit;
  errors: Readonly<Partial<Record<TitrationFieldKey, string>>>;
  notes: Readonly<Partial<Record<TitrationFieldKey, Note[]>>>;
}

const entryChoices = choicesOf(dayEntries, entryNames);
const unitChoices = plateletUnits.map((unit) => ({ value: unit, label: unitLabels[unit] }));
const messages = (notes: readonly Note[] | undefined) => notes?.map((note) => note.message);

export function AssessmentRows({ state, fields, weightUnit, errors, notes }: AssessmentRowsProps) {
  const countInputs = useRef<(HTMLInputElement | null)[]>([]);
  const moveFocus = usePendingFocus();
  // Focus waits for the row's count field, which a new row brings with its render.
  const focusCount = (row: number) => moveFocus(() => countInputs.current[row]);

  const weighed = fields.agent === 'romiplostim';
  const add = () => focusCount(state.addCountRow());
  return (
    <div class="assessments" data-print="hide">
      <h3>Counts</h3>
      <div class="tool-controls">
        <ChoiceField id={ids.entry} legend="Enter each count by" value={fields.entry} options={entryChoices} onChange={(v) => state.set('entry', v)} />
        <SelectField
          id={ids.unit} label="Unit of every count" value={fields.unit} options={unitChoices}
          onChange={(v) => state.set('unit', v === '' ? fields.unit : v)}
        />
      </div>
      {weighed && (
        <p class="field-hint">Weight now: children only, when reweighed. Adults keep the weight at initiation, from the patient above.</p>
      )}
      <ol class={`assessment-rows${weighed ? ' with-weight' : ''}`}>
        {fields.rows.map((row, index) => {
          const detail = `of count ${index + 1}`;
          const next = () => (index === fields.rows.length - 1 ? add() : focusCount(index + 1));
          return (
            <li key={index} class="assessment-row">
              <WhenField
                id={rowControlId(index, 'day')} index={index} row={row} fields={fields} error={errors[rowField(index, 'day')]}
                onEnter={() => focusCount(index)} state={state}
              />
              <NumberField
                id={rowControlId(index, 'count')} label="Count" labelDetail={detail} value={row.count} error={errors[rowField(index, 'count')]}
                notes={messages(notes[rowField(index, 'count')])} onValue={(count) => state.setRow(index, { count })} onEnter={next}
                inputRef={(input) => {
                  countInputs.current[index] = input;
                }}
              />
              {weighed && (
                <NumberField
                  id={rowControlId(index, 'weight')} label={`Weight now, ${unitLabels[weightUnit]}`} labelDetail={detail} value={row.weight}
                  error={errors[rowField(index, 'weight')]} notes={messages(notes[rowField(index, 'weight')])}
                  onValue={(weight) => state.setRow(index, { weight })} onEnter={next}
                />
              )}
              <button type="button" class="tool-button tool-button--quiet" aria-label={`Remove count ${index + 1}`} onClick={() => state.removeRow(index)}>
                Remove
              </button>
            </li>
          );
        })}
      </ol>
      <button type="button" class="tool-button" onClick={add}>
        Add a count
      </button>
    </div>
  );
}
