/**
 * A date typed or picked (the browser's date control, always YYYY-MM-DD), with its hint and its error
 * (role="alert"), in the shape of the shared NumberField so the two line up in a row.
 */
import type { Ref } from 'preact';
import { describedBy } from './describe';
import { FieldError } from './FieldError';
import { enterKey, FieldLabel } from './field-parts';

export interface DateFieldProps {
  id: string;
  label: string;
  /** Said to screen readers after the label, e.g. "of count 2". */
  labelDetail?: string;
  value: string;
  onValue: (date: string) => void;
  error?: string | undefined;
  hint?: string | undefined;
  disabled?: boolean;
  onEnter?: () => void;
  inputRef?: Ref<HTMLInputElement>;
}

export function DateField(props: DateFieldProps) {
  const { id, label, labelDetail, value, onValue, error, hint, disabled = false, onEnter, inputRef } = props;
  const hasError = error !== undefined && error !== '';
  return (
    <div class="field">
      <FieldLabel id={id} label={label} labelDetail={labelDetail} />
      <input
        id={id} ref={inputRef} type="date" value={value} disabled={disabled} aria-invalid={hasError}
        aria-describedby={describedBy([[`${id}-hint`, hint !== undefined], [`${id}-error`, hasError]])}
        onChange={(event) => onValue(event.currentTarget.value)}
        onKeyDown={enterKey(onEnter)}
      />
      {hint !== undefined && <p id={`${id}-hint`} class="field-hint">{hint}</p>}
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}
