/**
 * Shareable state: a store's fields round-trip through the page's query string, so a link reproduces the
 * case (no server, nothing stored remotely). Each store supplies a codec naming its parameters; this module
 * only reads the URL on start and rewrites it (history.replaceState, no reload) when the store changes.
 */
import { atom, type WritableAtom } from 'nanostores';

export interface Decoded<T> {
  value: T;
  /** One sentence per parameter that was present but unusable, e.g. "wtu=stone is not a weight unit; kg used." */
  rejected: string[];
}

export interface UrlCodec<T> {
  /** Reads the store's value from the query string; parameters that are absent or invalid keep `fallback`'s. */
  decode(params: URLSearchParams, fallback: T): Decoded<T>;
  /** Writes the store's value into `params`, leaving other parameters alone. */
  encode(value: T, params: URLSearchParams): void;
}

/** Parameters from the link that could not be used: shown to the reader, never silently dropped. */
export const $urlNotices = atom<string[]>([]);

export function bindToUrl<T>(store: WritableAtom<T>, codec: UrlCodec<T>): () => void {
  const params = new URLSearchParams(window.location.search);
  const decoded = codec.decode(params, store.get());
  store.set(decoded.value);
  if (decoded.rejected.length > 0) $urlNotices.set([...$urlNotices.get(), ...decoded.rejected]);
  return store.listen((value) => {
    const next = new URLSearchParams(window.location.search);
    codec.encode(value, next);
    const query = next.toString();
    const url = `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`;
    try {
      window.history.replaceState(window.history.state, '', url);
    } catch {
      // Some sandboxed frames forbid history changes; the tool still works, only the link is not updated.
    }
  });
}
