/** A labelled select from a closed list, with an optional "not chosen" first entry, hint and error. */
import { describedBy } from './describe';
import { FieldError } from './FieldError';

export interface Choice<T extends string> {
  value: T;
  label: string;
}

export interface SelectFieldProps<T extends string> {
  id: string;
  label: string;
  value: T | '';
  options: readonly Choice<T>[];
  onChange: (value: T | '') => void;
  /** Text of the empty first entry, e.g. "Choose a regimen"; without it a value must be chosen. */
  placeholder?: string;
  hint?: string;
  error?: string | undefined;
}

export function SelectField<T extends string>(props: SelectFieldProps<T>) {
  const { id, label, value, options, onChange, placeholder, hint, error } = props;
  const hasError = error !== undefined && error !== '';
  return (
    <div class="field">
      <label for={id}>{label}</label>
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
