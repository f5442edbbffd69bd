/**
 * The previous release's scripts and styles, kept after a new release activates, so that a page of that
 * release still open in a tab keeps working: a tool or the search it starts on first use asks for files
 * under their old hashed names, which the new release no longer lists and the host no longer has (issue
 * #22: an old page's tool chunk came back as a 404 page and the dose calculator was inert). Only hashed
 * `/_astro/` files are kept, whose bytes never change under a name, so serving them cache-first is safe;
 * pages themselves are never served from here. The copy is dropped at a later activation with no page open.
 */
import { precache, precacheName } from './precache.js';

export const KEPT = 'itp-pathway-previous';

/** Caches of the hand-written worker this one replaces (`itp-pathway-` and 12 hex digits). */
const LEGACY = /^itp-pathway-[0-9a-f]{12}$/;

function plainUrl(request) {
  const url = new URL(request.url);
  url.searchParams.delete('__WB_REVISION__');
  return url;
}

async function keepFrom(cacheName, isCurrent, kept) {
  const cache = await caches.open(cacheName);
  for (const request of await cache.keys()) {
    const url = plainUrl(request);
    if (isCurrent(request) || !url.pathname.startsWith('/_astro/')) continue;
    const response = await cache.match(request);
    if (response !== undefined) await kept.put(url.href, response);
  }
}

/**
 * Before Workbox removes the entries the new release no longer lists: copies the outgoing release's hashed
 * assets aside (or drops the kept copy when no page is open), then deletes the old worker's caches.
 */
export async function keepOutgoingAssets() {
  const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  if (windows.length === 0) await caches.delete(KEPT);
  const kept = await caches.open(KEPT);
  const expected = new Set(precache.getURLsToCacheKeys().values());
  const names = await caches.keys();
  if (windows.length > 0) {
    await keepFrom(precacheName(), (request) => expected.has(request.url), kept);
    for (const name of names.filter((n) => LEGACY.test(n))) await keepFrom(name, () => false, kept);
  }
  for (const name of names.filter((n) => LEGACY.test(n))) await caches.delete(name);
}

/** A kept asset of an earlier release, or undefined. */
export async function keptAsset(url) {
  return (await caches.open(KEPT)).match(url.href);
}
