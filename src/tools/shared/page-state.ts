/**
 * One start for a page's state: each store a tool names is bound to the link once, however many tools on
 * the page name it (the case is shared). Values a store remembers on this device (the case's units) apply
 * only to a page opened without a link (in its fragment, or an old link's query), and never in an embed. Nothing here may fail inside a sandboxed
 * iframe: storage is optional and history changes are guarded (url-state.ts).
 */
import type { Binding } from './binding';
import { carriesState, readFragment } from './fragment';
import { safeStorage } from './storage';
import { moveQueryToFragment } from './url-state';

const started = new WeakSet<object>();

function startState(remember: boolean, bindings: readonly Binding[]): void {
  if (typeof window === 'undefined') return;
  const linked = carriesState(window.location.search, window.location.hash);
  // A page's old query link moves into the fragment; an embed's query is its educator's presets and stays.
  if (remember) moveQueryToFragment();
  for (const binding of bindings) {
    if (started.has(binding.store)) continue;
    started.add(binding.store);
    const storage = remember && binding.remembered !== undefined ? safeStorage() : undefined;
    if (storage !== undefined && !linked) binding.remembered?.restore(storage);
    binding.bind();
    if (storage !== undefined) binding.remembered?.remember(storage);
  }
}

/**
 * Binds the given stores to the link (once each). A shared link must reproduce exactly what it encodes, so
 * remembered values apply only to a page opened without parameters.
 */
export function startPageState(...bindings: Binding[]): void {
  startState(true, bindings);
  scrollToTarget();
}

const scrolled = { done: false };

/** The scroll target a fragment with state names (`#wt=70&at=result`), which the browser cannot find itself. */
function scrollToTarget(): void {
  const { state, anchor } = readFragment(window.location.hash);
  if (scrolled.done || state.size === 0 || anchor === undefined) return;
  scrolled.done = true;
  requestAnimationFrame(() => document.getElementById(anchor)?.scrollIntoView());
}

/**
 * The same for an embed, without remembered values: a widget shows what its educator's link says, and inside
 * a course page the browser keeps a separate storage per host site anyway (or refuses it in a sandbox), so
 * the reader's units from this site never reach it. Not touching storage also keeps the widget's start-up
 * short.
 */
export function startEmbedState(...bindings: Binding[]): void {
  startState(false, bindings);
}

/** The stores as text, to tell whether starting the page state changed anything (a link, remembered units). */
export function pageStateText(bindings: readonly Binding[]): string {
  return JSON.stringify(bindings.map((binding) => binding.store.get()));
}
