/**
 * A store's current value in a component, re-rendered whenever it changes. It replaces @nanostores/preact's
 * hook, which subscribes only after the next paint and re-renders through a timer: a browser runs input
 * events before timers, so a fast typist (or a busy phone) could type into a view that had not caught up
 * with the store, and a row editor re-rendering for its own reasons then wrote the stale values back over
 * what had been typed (seen as a lost count in the response assessor). Here the component subscribes as
 * its render commits (a layout effect) and re-renders through Preact's own queue, which runs before the
 * next event, so the view never lags the store.
 */
import type { ReadableAtom } from 'nanostores';
import { useLayoutEffect, useReducer } from 'preact/hooks';

export function useStore<T>(store: ReadableAtom<T>): T {
  const [, rerender] = useReducer((version: number) => version + 1, 0);
  const value = store.get();
  useLayoutEffect(() => {
    // A change between this render and the subscription (another tool's start-up) is not missed.
    if (store.get() !== value) rerender(undefined);
    return store.listen(() => rerender(undefined));
  }, [store]);
  return value;
}
