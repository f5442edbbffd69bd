/** A labelled select from a closed list, with an optional "not chosen" first entry, hint and error. */
import { describedBy } from './describe';
import { FieldError } from './FieldError';
import { FieldLabel } from './field-parts';

export interface Choice<T extends string> {
  value: T;
  label: string;
}

export interface SelectFieldProps<T extends string> {
  id: string;
  label: string;
  /** Said to screen readers after the label, e.g. "of treatment 2" where many rows share one label. */
  labelDetail?: string;
  value: T | '';
  options: readonly Choice<T>[];
  onChange: (value: T | '') => void;
  /** Text of the empty first entry, e.g. "Choose a regimen"; without it a value must be chosen. */
  placeholder?: string;
  hint?: string;
  error?: string | undefined;
}

export function SelectField<T extends string>(props: SelectFieldProps<T>) {
  const { id, label, labelDetail, value, options, onChange, placeholder, hint, error } = props;
  const hasError = error !== undefined && error !== '';
  return (
    <div class="field">
      <FieldLabel id={id} label={label} labelDetail={labelDetail} />
      <select
        id={id}
        value={value}
        aria-invalid={hasError}
        aria-describedby={describedBy([[`${id}-hint`, hint !== undefined], [`${id}-error`, hasError]])}
        onChange={(event) => {
          const raw = event.currentTarget.value;
          onChange(options.find((option) => option.value === raw)?.value ?? '');
        }}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {hint !== undefined && <p id={`${id}-hint`} class="field-hint">{hint}</p>}
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}
