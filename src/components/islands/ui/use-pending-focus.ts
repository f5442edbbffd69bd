/**
 * Focus that waits for its input: Enter in a row's last field may add the next row, which arrives with a
 * later render, so the request is kept until `find` returns the input. A prefilled value is selected, so
 * typing replaces it and Enter accepts it. `rendered` changes when new rows may have appeared.
 * Shared by the response assessor's and the titration simulator's count rows.
 */
import { useEffect, useState } from 'preact/hooks';

export function usePendingFocus<T>(find: (target: T) => HTMLInputElement | null | undefined, rendered: unknown): (target: T) => void {
  const [pending, setPending] = useState<{ target: T } | undefined>(undefined);
  useEffect(() => {
    const input = pending === undefined ? undefined : find(pending.target);
    if (input === null || input === undefined) return;
    input.focus();
    if (input.type === 'text') input.select();
    setPending(undefined);
  }, [pending, rendered]);
  return (target) => setPending({ target });
}
