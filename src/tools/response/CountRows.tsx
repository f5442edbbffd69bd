/**
 * Day-and-count rows typed quickly from the keyboard: there is always an empty row after the last count.
 * Enter in a day moves to its count; Enter in a count moves to the next row's count when that row's day is
 * already there, else to its day, which is blank and must be typed: the tool never guesses a day, since
 * the response criteria turn on the days between counts (issue #19; hazard log H-PHONE-02). Each entered
 * row has its own remove button. The rows live in the `$response` store; the empty row joins it when
 * something is typed in it.
 */
import { useRef } from 'preact/hooks';
import type { Note } from '../../engine';
import { responseRowId } from './control-ids';
import { removeRow, responseRowField, rowsToShow, setRowField, type CountRow, type ResponseFieldKey } from './state';
import { NumberField } from '../shared/ui/NumberField';
import { usePendingFocus } from '../shared/ui/use-pending-focus';

export interface CountRowsProps {
  rows: readonly CountRow[];
  errors: Readonly<Partial<Record<ResponseFieldKey, string>>>;
  notes: Readonly<Partial<Record<ResponseFieldKey, Note[]>>>;
}

export function CountRows({ rows, errors, notes }: CountRowsProps) {
  const dayInputs = useRef<(HTMLInputElement | null)[]>([]);
  const countInputs = useRef<(HTMLInputElement | null)[]>([]);
  const moveFocus = usePendingFocus();
  const shown = rowsToShow(rows);
  const next = (index: number) => moveFocus(() => {
    const [day, count] = [dayInputs.current[index + 1], countInputs.current[index + 1]];
    return day?.value.trim() === '' ? day : count;
  });
  return (
    <ol class="count-rows">
      {shown.map((row, index) => {
        const [dayId, countId] = [responseRowId(index, 'day'), responseRowId(index, 'count')];
        const [dayField, countField] = [responseRowField(index, 'day'), responseRowField(index, 'count')];
        const detail = `of count ${index + 1}`;
        return (
          <li key={index} class="count-row">
            <NumberField
              id={dayId} label="Day" labelDetail={detail} inputMode="numeric" value={row.day} error={errors[dayField]}
              inputRef={(input) => {
                dayInputs.current[index] = input;
              }}
              onValue={(day) => setRowField(index, 'day', day)}
              onEnter={() => moveFocus(() => countInputs.current[index])}
            />
            <NumberField
              id={countId} label="Count" labelDetail={detail} value={row.count} error={errors[countField]}
              notes={notes[countField]?.map((note) => note.message)}
              inputRef={(input) => {
                countInputs.current[index] = input;
              }}
              onValue={(count) => setRowField(index, 'count', count)}
              onEnter={() => next(index)}
            />
            {index < rows.length && (
              <button type="button" class="tool-button tool-button--quiet" aria-label={`Remove count ${index + 1}`} onClick={() => removeRow(index)}>
                Remove
              </button>
            )}
          </li>
        );
      })}
    </ol>
  );
}
