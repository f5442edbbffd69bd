/**
 * The diagnosis date as another way to fill in "months since diagnosis": the engine counts the months
 * to today's date, which comes from the reader's device (the engine has no clock). The months, not the
 * date, go into the case and the link, so a shared link means the same thing tomorrow.
 */
import { useState } from 'preact/hooks';
import { monthsBetween } from '../../engine';
import { formatMonths } from '../../engine/format';
import { setCaseField } from './case';
import { describedBy } from '../shared/ui/describe';
import { FieldError } from '../shared/ui/FieldError';

export interface DiagnosisDateProps {
  id: string;
}

/** Today's date on the reader's device, as YYYY-MM-DD in local time. */
function todayIso(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function DiagnosisDate({ id }: DiagnosisDateProps) {
  const [error, setError] = useState<string | undefined>(undefined);
  const [note, setNote] = useState<string | undefined>(undefined);
  const onChange = (date: string) => {
    if (date === '') {
      setError(undefined);
      setNote(undefined);
      return;
    }
    const today = todayIso();
    const months = monthsBetween(date, today, { from: 'diagnosis date', to: 'date today' });
    if (!months.ok) {
      setError(months.errors.map((e) => e.message).join(' '));
      setNote(undefined);
      return;
    }
    setError(undefined);
    // Never "3 months" for 2.9999 beside the phase it decides (formatMonths keeps the side of 3 and 12).
    setNote(`${formatMonths(months.value)} from ${date} to today (${today}).`);
    // An input's value, not text to read: plain digits, no thousands separator for the parser to misread.
    setCaseField('months', String(months.value));
  };
  return (
    <div class="field diagnosis-date">
      <label for={id}>or the diagnosis date</label>
      <input
        id={id}
        type="date"
        aria-invalid={error !== undefined}
        aria-describedby={describedBy([[`${id}-error`, error !== undefined], [`${id}-note`, note !== undefined]])}
        onChange={(event) => onChange(event.currentTarget.value)}
      />
      <FieldError id={`${id}-error`} message={error} />
      {note !== undefined && <p id={`${id}-note`} class="field-note">{note}</p>}
    </div>
  );
}
