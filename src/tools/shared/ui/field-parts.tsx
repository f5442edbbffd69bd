/**
 * Pieces every text-like field shares: the label with its screen-reader-only detail ("of count 2"), and
 * Enter as "go on" (e.g. add the next row of a table) instead of submitting anything.
 */
import type { KeyboardEventHandler } from 'preact';

export function FieldLabel({ id, label, labelDetail }: { id: string; label: string; labelDetail?: string | undefined }) {
  return (
    <label for={id}>
      {label}
      {labelDetail !== undefined && <span class="sr-only"> {labelDetail}</span>}
    </label>
  );
}

/** A keydown handler that calls `onEnter` on Enter; none when there is nothing to do. */
export function enterKey(onEnter: (() => void) | undefined): KeyboardEventHandler<HTMLInputElement> | undefined {
  if (onEnter === undefined) return undefined;
  return (event) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    onEnter();
  };
}
