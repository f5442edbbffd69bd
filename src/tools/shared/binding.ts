/**
 * A tool's store and how it is written into the link (its codec): what the page state binds to the link,
 * what an embed reads again from its checked link, and what "Open in ITP Pathway" writes out. A store that
 * keeps some values on this device across visits (the case's units) says how, in `remembered`.
 */
import type { ReadableAtom, WritableAtom } from 'nanostores';
import type { SafeStorage } from './storage';
import { bindToUrl, type UrlCodec } from './url-state';

export interface Remembered {
  /** Applies what this device remembers to the store (a page opened without a link only). */
  restore(storage: SafeStorage): void;
  /** Keeps remembering as the store changes; returns the unsubscribe function. */
  remember(storage: SafeStorage): () => void;
}

export interface Binding {
  /** The store itself: a page binds each store once, however many tools on it name the store. */
  readonly store: ReadableAtom<unknown>;
  /** Reads the store from the page's link and writes it back as it changes. */
  bind(): void;
  /** Remembers the store's value now; the function returned reads `params` on top of that value. */
  snapshot(): (params: URLSearchParams) => void;
  /** Writes the store's value into `params`, leaving other parameters alone. */
  encode(params: URLSearchParams): void;
  remembered?: Remembered;
}

export function binding<T>(store: WritableAtom<T>, codec: UrlCodec<T>, remembered?: Remembered): Binding {
  return {
    store,
    bind: () => void bindToUrl(store, codec),
    snapshot() {
      const before = store.get();
      return (params) => store.set(codec.decode(params, before).value);
    },
    encode: (params) => codec.encode(store.get(), params),
    ...(remembered === undefined ? {} : { remembered }),
  };
}
