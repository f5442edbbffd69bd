/**
 * A store the widget reads from the link, as the full page binds it (page-state.ts), plus what the embed
 * needs besides: reading the store again from the checked link, and writing it into "Open in ITP Pathway".
 */
import type { WritableAtom } from 'nanostores';
import { pageBinding, type PageBinding } from './page-state';
import type { UrlCodec } from './url-state';

export interface EmbedBinding {
  page: PageBinding;
  /** Remembers the store's value now; the function returned reads `params` on top of that value. */
  remember(): (params: URLSearchParams) => void;
  encode(params: URLSearchParams): void;
  listen(listener: () => void): () => void;
}

export function embedBinding<T>(store: WritableAtom<T>, codec: UrlCodec<T>): EmbedBinding {
  return {
    page: pageBinding(store, codec),
    remember() {
      const before = store.get();
      return (params) => store.set(codec.decode(params, before).value);
    },
    encode: (params) => codec.encode(store.get(), params),
    listen: (listener) => store.listen(listener),
  };
}
