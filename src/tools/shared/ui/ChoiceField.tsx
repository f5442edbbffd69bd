/**
 * A short closed choice as radio buttons in a fieldset (arrow keys move between them). The fieldset
 * carries `id`, so a problem list can link to the question.
 */
import { describedBy } from './describe';
import { FieldError } from './FieldError';
import type { Choice } from './SelectField';

export interface ChoiceFieldProps<T extends string> {
  id: string;
  legend: string;
  value: T;
  /** Include `{ value: '', label: 'Not known' }` where a question may be left unanswered. */
  options: readonly Choice<T>[];
  onChange: (value: T) => void;
  hint?: string;
  error?: string | undefined;
}

export function ChoiceField<T extends string>(props: ChoiceFieldProps<T>) {
  const { id, legend, value, options, onChange, hint, error } = props;
  const hasError = error !== undefined && error !== '';
  return (
    <fieldset
      id={id}
      class="field choice"
      aria-describedby={describedBy([[`${id}-hint`, hint !== undefined], [`${id}-error`, hasError]])}
    >
      <legend>{legend}</legend>
      <div class="choice-options">
        {options.map((option, index) => (
          <label key={option.value} class="choice-option">
            <input
              type="radio"
              id={`${id}-${index}`}
              name={id}
              value={option.value}
              checked={option.value === value}
              onChange={() => onChange(option.value)}
            />
            {option.label}
          </label>
        ))}
      </div>
      {hint !== undefined && <p id={`${id}-hint`} class="field-hint">{hint}</p>}
      <FieldError id={`${id}-error`} message={error} />
    </fieldset>
  );
}
