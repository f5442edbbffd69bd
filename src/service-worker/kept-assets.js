/**
 * The previous release's scripts and styles, kept after a new release activates, so that a page of that
 * release still open in a tab keeps working: a tool it starts on first use (the walker) asks for its file
 * under the old hashed name, which the new release no longer lists and the host no longer has (issue #22:
 * an old page's tool chunk came back as a 404 page and the tool sat inert). Only hashed `/_astro/` files
 * are kept, whose bytes never change under a name, so serving them from here is safe; pages never are.
 * The kept files are dropped at the first activation with no page of the site open.
 */
import { precache, precacheName } from './precache.js';

export const KEPT = 'itp-pathway-previous';

/** Caches of the hand-written worker this one replaced (`itp-pathway-` and 12 hex digits). */
const LEGACY = /^itp-pathway-[0-9a-f]{12}$/;

/** Copies the hashed files of `cacheName` that `isCurrent` rejects into the kept cache. */
async function keepFrom(cacheName, isCurrent, kept) {
  const cache = await caches.open(cacheName);
  for (const request of await cache.keys()) {
    const url = new URL(request.url);
    url.searchParams.delete('__WB_REVISION__');
    if (isCurrent(request) || !url.pathname.startsWith('/_astro/')) continue;
    const response = await cache.match(request);
    if (response !== undefined) await kept.put(url.href, response);
  }
}

/**
 * Runs before Workbox removes the entries the new release no longer lists (and before the old worker's
 * caches are deleted): keeps the outgoing release's hashed files while a page is open, else drops them.
 */
export async function keepOutgoingAssets() {
  const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  if (windows.length === 0) {
    await caches.delete(KEPT);
    return;
  }
  const kept = await caches.open(KEPT);
  const current = new Set(precache.getURLsToCacheKeys().values());
  await keepFrom(precacheName(), (request) => current.has(request.url), kept);
  for (const name of (await caches.keys()).filter((n) => LEGACY.test(n))) await keepFrom(name, () => false, kept);
}

/** A kept file of an earlier release, or undefined. */
export async function keptAsset(url) {
  return (await caches.open(KEPT)).match(url.href);
}
