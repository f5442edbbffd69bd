/** A field's error, announced when it appears (role="alert") and tied to its control by `id`. */
export interface FieldErrorProps {
  /** Referenced by the control's aria-describedby. */
  id: string;
  message?: string | undefined;
}

export function FieldError({ id, message }: FieldErrorProps) {
  if (message === undefined || message === '') return null;
  return (
    <p id={id} class="field-error" role="alert">
      {message}
    </p>
  );
}
