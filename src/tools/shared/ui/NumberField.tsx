/**
 * A number typed as text (so "72,5" and a half-typed "7." survive), with an optional unit select beside
 * it, a hint, the error (role="alert") and notes such as the unit assumed. The value stays a string: the
 * engine parses and checks it.
 */
import type { Ref } from 'preact';
import { describedBy } from './describe';
import { FieldError } from './FieldError';
import { enterKey, FieldLabel } from './field-parts';

export interface UnitChoice<U extends string> {
  /** Accessible name of the select, e.g. "Weight unit". */
  label: string;
  value: U;
  options: readonly U[];
  /** How each unit is written, e.g. the engine's `unitLabels`. */
  labels: Readonly<Record<U, string>>;
  onChange: (unit: U) => void;
}

export interface NumberFieldProps<U extends string> {
  id: string;
  label: string;
  /** Said to screen readers after the label, e.g. "of count 2" where many rows share one label. */
  labelDetail?: string;
  value: string;
  onValue: (text: string) => void;
  error?: string | undefined;
  /** Shown under the control, e.g. "Read as 20,000 /µL = 20 ×10⁹/L." */
  notes?: readonly string[] | undefined;
  hint?: string;
  unit?: UnitChoice<U>;
  /** Called on Enter, e.g. to add the next row of a table. */
  onEnter?: () => void;
  inputRef?: Ref<HTMLInputElement>;
  /** 'numeric' for whole numbers such as days. */
  inputMode?: 'decimal' | 'numeric';
}

export function NumberField<U extends string>(props: NumberFieldProps<U>) {
  const { id, label, labelDetail, value, onValue, error, notes = [], hint, unit, onEnter, inputRef, inputMode = 'decimal' } = props;
  const ids = { hint: `${id}-hint`, error: `${id}-error`, notes: `${id}-notes` };
  const hasError = error !== undefined && error !== '';
  return (
    <div class="field">
      <FieldLabel id={id} label={label} labelDetail={labelDetail} />
      <div class="field-row">
        <input
          id={id}
          ref={inputRef}
          type="text"
          inputMode={inputMode}
          autoComplete="off"
          spellcheck={false}
          value={value}
          aria-invalid={hasError}
          aria-describedby={describedBy([[ids.hint, hint !== undefined], [ids.error, hasError], [ids.notes, notes.length > 0]])}
          onInput={(event) => onValue(event.currentTarget.value)}
          onKeyDown={enterKey(onEnter)}
        />
        {unit && (
          <select
            id={`${id}-unit`}
            aria-label={unit.label}
            value={unit.value}
            onChange={(event) => {
              const chosen = unit.options.find((option) => option === event.currentTarget.value);
              if (chosen !== undefined) unit.onChange(chosen);
            }}
          >
            {unit.options.map((option) => (
              <option key={option} value={option}>
                {unit.labels[option]}
              </option>
            ))}
          </select>
        )}
      </div>
      {hint !== undefined && <p id={ids.hint} class="field-hint">{hint}</p>}
      <FieldError id={ids.error} message={error} />
      {notes.length > 0 && (
        <p id={ids.notes} class="field-note">
          {notes.join(' ')}
        </p>
      )}
    </div>
  );
}
