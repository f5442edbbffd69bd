/**
 * Shareable state: a store's fields round-trip through the page's fragment (fragment.ts: after `#`, never
 * sent to a server), so the address reproduces the case without the patient's details reaching any server.
 * Each store supplies a codec naming its parameters; this module reads the address on start and rewrites
 * its fragment (history.replaceState, no reload) when the store changes. A link from before the change
 * carries the case in its query: a page moves it into the fragment once, before any store reads it
 * (`moveQueryToFragment`); an embed keeps its query, which holds the educator's presets, not a patient.
 */
import { atom, type WritableAtom } from 'nanostores';
import { fragmentText, readFragment } from './fragment';

export interface Decoded<T> {
  value: T;
  /** One sentence per parameter that was present but unusable, e.g. "wtu=stone is not a weight unit; kg used." */
  rejected: string[];
}

export interface UrlCodec<T> {
  /** Reads the store's value from the link's parameters; parameters that are absent or invalid keep `fallback`'s. */
  decode(params: URLSearchParams, fallback: T): Decoded<T>;
  /** Writes the store's value into `params`, leaving other parameters alone. */
  encode(value: T, params: URLSearchParams): void;
}

/** Parameters from the link that could not be used: shown to the reader, never silently dropped. */
export const $urlNotices = atom<string[]>([]);

function replaceAddress(search: string, hash: string): void {
  try {
    window.history.replaceState(window.history.state, '', `${window.location.pathname}${search}${hash}`);
  } catch {
    // Some sandboxed frames forbid history changes; the tool still works, only the address is not updated.
  }
}

/**
 * An old link's query moved into the fragment and out of the address bar (the request that fetched the
 * page has already carried it; no later reload, bookmark or copied address will). The fragment's own
 * values win over the query's.
 */
export function moveQueryToFragment(): void {
  if (window.location.search.length <= 1) return;
  const { state, anchor } = readFragment(window.location.hash);
  const moved = new URLSearchParams(window.location.search);
  for (const name of new Set(state.keys())) moved.set(name, state.get(name) ?? '');
  replaceAddress('', fragmentText(moved, anchor));
}

/** The link's parameters: an embed's checked query (its presets) under the fragment's values. */
function linkParams(): URLSearchParams {
  const params = new URLSearchParams(window.location.search);
  const { state } = readFragment(window.location.hash);
  for (const name of new Set(state.keys())) params.set(name, state.get(name) ?? '');
  return params;
}

/** Each bound store's part in a new fragment: read it from a link's state, or write itself into one. */
interface Bound {
  read(state: URLSearchParams): void;
  write(state: URLSearchParams): void;
}

const bound = new Set<Bound>();

/**
 * A new fragment on the same page, handled once for every store (each handling it alone would read the
 * fragment another had just rewritten): a shared link opened over this one is read by every store; an
 * in-page anchor (the table of contents, "#result") replaced the state, which is written back beside it
 * as its scroll target.
 */
function onHashChange(): void {
  const { state, anchor } = readFragment(window.location.hash);
  if (state.size > 0) {
    for (const entry of bound) entry.read(state);
    return;
  }
  for (const entry of bound) entry.write(state);
  replaceAddress(window.location.search, fragmentText(state, anchor));
}

export function bindToUrl<T>(store: WritableAtom<T>, codec: UrlCodec<T>): () => void {
  // What the page starts from: a shared link opened over this one is read from here, never mixed with the case on screen.
  const initial = store.get();
  const decoded = codec.decode(linkParams(), initial);
  store.set(decoded.value);
  if (decoded.rejected.length > 0) $urlNotices.set([...$urlNotices.get(), ...decoded.rejected]);
  const entry: Bound = {
    read: (state) => store.set(codec.decode(state, initial).value),
    write: (state) => codec.encode(store.get(), state),
  };
  if (bound.size === 0) window.addEventListener('hashchange', onHashChange);
  bound.add(entry);
  const stop = store.listen((value) => {
    const { state, anchor } = readFragment(window.location.hash);
    codec.encode(value, state);
    replaceAddress(window.location.search, fragmentText(state, anchor));
  });
  return () => {
    stop();
    bound.delete(entry);
    if (bound.size === 0) window.removeEventListener('hashchange', onHashChange);
  };
}
