/**
 * One start for a page's shared state. Every island on a page calls `startPageState()` with its own
 * bindings; the case and each tool's store are bound to the link once, however many islands ask.
 * Nothing here may fail inside a sandboxed iframe: storage is optional and history changes are guarded
 * (url-state.ts).
 */
import type { WritableAtom } from 'nanostores';
import { $case } from '../case/case';
import { caseCodec } from '../case/case-url';
import { rememberUnits, restoreUnits } from './preferences';
import { safeStorage } from './storage';
import { bindToUrl, type UrlCodec } from './url-state';

/** A store and how it is written into the link; build one with `pageBinding`. */
export interface PageBinding {
  store: { get(): unknown };
  bind: () => void;
}

export function pageBinding<T>(store: WritableAtom<T>, codec: UrlCodec<T>): PageBinding {
  return { store, bind: () => bindToUrl(store, codec) };
}

const started = new WeakSet<object>();

function bindOnce(binding: PageBinding): void {
  if (started.has(binding.store)) return;
  started.add(binding.store);
  binding.bind();
}

function startState(remember: boolean, tools: readonly PageBinding[]): void {
  if (typeof window === 'undefined') return;
  if (!started.has($case)) {
    const storage = remember ? safeStorage() : undefined;
    if (storage !== undefined && window.location.search === '') restoreUnits(storage);
    bindOnce(pageBinding($case, caseCodec));
    if (storage !== undefined) rememberUnits(storage);
  }
  for (const tool of tools) bindOnce(tool);
}

/**
 * Binds the case and the given tool stores to the link (once each). Remembered units apply only to a page
 * opened without parameters: a shared link must reproduce exactly what it encodes.
 */
export function startPageState(...tools: PageBinding[]): void {
  startState(true, tools);
}

/**
 * The same for an embed, without remembered units: a widget shows what its educator's link says, and inside
 * a course page the browser keeps a separate storage per host site anyway (or refuses it in a sandbox), so
 * the reader's units from this site never reach it. Not touching storage also keeps the widget's start-up
 * short.
 */
export function startEmbedState(...tools: PageBinding[]): void {
  startState(false, tools);
}

/**
 * The case and the given stores as text, to tell whether starting the page state changed anything (a
 * link, or units remembered from an earlier visit).
 */
export function pageStateText(tools: readonly PageBinding[]): string {
  return JSON.stringify([$case.get(), ...tools.map((tool) => tool.store.get())]);
}
