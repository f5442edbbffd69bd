/**
 * Where a row editor's Enter key moves the focus. The field may be in a row the store has just added and
 * the page has not rendered yet: `moveFocus(find)` focuses what `find` returns at once if it is there, or
 * else as soon as a render brings it. Both happen before the next key event (a layout effect runs as its
 * render commits, and Preact renders before the next event), so a fast typist's next keys land in the new
 * field. A text field's contents are selected, so typing replaces a prefilled day and Enter accepts it.
 */
import { useLayoutEffect, useState } from 'preact/hooks';

type Find = () => HTMLInputElement | null | undefined;

function focusOn(target: HTMLInputElement): void {
  target.focus();
  if (target.type === 'text') target.select();
}

export function usePendingFocus(): (find: Find) => void {
  const [pending, setPending] = useState<{ find: Find } | undefined>(undefined);
  // After every render while a move is pending: the row may come with any of them.
  useLayoutEffect(() => {
    const target = pending?.find();
    if (target === null || target === undefined) return;
    focusOn(target);
    setPending(undefined);
  });
  return (find) => {
    const target = find();
    if (target === null || target === undefined) setPending({ find });
    else focusOn(target);
  };
}
