/**
 * Where a tool's state lives in the address: after `#`, which the browser never sends to a server (RFC 3986
 * §3.5), so a patient's details reach no access log, analytics or proxy — on typing, on reload, on opening a
 * shared link (issue #23). The fragment is a query-style list, `#wt=71.3&age=47`, with the in-page place to
 * scroll to as one more parameter, `at` (`#wt=71.3&at=result`). A fragment without `=` is a plain anchor
 * (`#result`, the table of contents): it has no state and is its own scroll target, so both coexist.
 *
 * Kept free of the stores: the launcher of a tool started on request loads with its page and reads this.
 */

/** The parameter that names the element to scroll to when the fragment also holds state. */
export const scrollParam = 'at';

export interface Fragment {
  /** The tool state in the fragment (without `at`). */
  state: URLSearchParams;
  /** The element id to scroll to, if any. */
  anchor: string | undefined;
}

/** Reads `location.hash` (with or without its `#`). */
export function readFragment(hash: string): Fragment {
  const text = hash.startsWith('#') ? hash.slice(1) : hash;
  if (!text.includes('=')) return { state: new URLSearchParams(), anchor: text === '' ? undefined : decodeAnchor(text) };
  const state = new URLSearchParams(text);
  const anchor = state.get(scrollParam) ?? undefined;
  state.delete(scrollParam);
  return { state, anchor: anchor === '' ? undefined : anchor };
}

function decodeAnchor(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** `:`, `,` and `;` are allowed in a fragment (RFC 3986) and keep "counts=0:20;7:35" readable in a chat. */
const readable = (query: string) => query.replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%3B/g, ';');

/** The fragment for this state and scroll target, with its `#`; '' when there is neither. */
export function fragmentText(state: URLSearchParams, anchor?: string): string {
  const params = new URLSearchParams(state);
  params.delete(scrollParam);
  const query = readable(params.toString());
  if (query === '') return anchor === undefined ? '' : `#${anchor}`;
  return `#${query}${anchor === undefined ? '' : `&${new URLSearchParams({ [scrollParam]: anchor }).toString()}`}`;
}

/** A page's address with the state in its fragment: `/algorithm/#age=45&at=walker`. */
export function stateHref(path: string, state: URLSearchParams | string, anchor?: string): string {
  return `${path}${fragmentText(new URLSearchParams(state), anchor)}`;
}

/** Whether the address carries a case: in its fragment, or in the query of an old link. */
export function carriesState(search: string, hash: string): boolean {
  return search.length > 1 || readFragment(hash).state.size > 0;
}
