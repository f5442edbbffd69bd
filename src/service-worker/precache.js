/**
 * The offline copy: every site page and the scripts, styles and images they load, as listed by the build
 * (src/integrations/offline.mjs, through workbox-build). Workbox keys each entry by its URL and content
 * hash, fetches it bypassing the HTTP cache (`cache: 'reload'`) and checks its bytes against the
 * manifest's `integrity`, so a release can never store old bytes under a new revision; a new worker fills
 * its entries while the old one still serves its own, and entries no longer listed are removed only when
 * the new worker activates, after its install has finished (issue #22).
 */
import { PrecacheController } from 'workbox-precaching';

/** At most this share of the manifest may fail to download and the release still installs. */
const MISSING_ALLOWED = 0.05;

const missing = new Set();

/**
 * Workbox fails the whole install when one entry fails, and a worker that never installs keeps the reader
 * on the old version for good (issue #22: one missing file blocked every later update). An entry that
 * fails is left out instead and fetched again by repair(); only a failure of more than a few entries (the
 * network dropped during the install) fails the install, so the old copy stays whole until the next try.
 */
const tolerateMissing = {
  handlerDidError: async ({ event, request }) => {
    if (event?.type !== 'install') return undefined;
    missing.add(request.url);
    return new Response(null, { status: 204, statusText: 'Left out of the offline copy' });
  },
};

export const precache = new PrecacheController({ cacheName: 'itp-pathway-precache', plugins: [tolerateMissing] });

/** Installs the listed entries; rejects (so the old worker stays) when too many could not be fetched. */
export async function install(event, manifest) {
  missing.clear();
  await precache.install(event);
  if (missing.size > Math.max(1, manifest.length * MISSING_ALLOWED)) {
    throw new Error(`${missing.size} of ${manifest.length} files could not be downloaded; keeping the current offline copy.`);
  }
}

export function precacheName() {
  return precache.strategy.cacheName;
}

/** The cache key of a listed URL, ignoring its query (tool presets), or undefined if not listed. */
export function keyFor(url) {
  return precache.getCacheKeyForURL(`${url.origin}${url.pathname}`);
}

/** Fetches one listed entry again, checked against its integrity, and stores it; undefined on failure. */
async function refetch(cache, url, key) {
  try {
    const response = await fetch(new Request(url, {
      cache: 'reload',
      credentials: 'same-origin',
      integrity: precache.getIntegrityForCacheKey(key),
    }));
    if (!response.ok) return undefined;
    await cache.put(key, response.clone());
    return response;
  } catch {
    return undefined;
  }
}

/**
 * The listed entry for `url`: from the cache, or (when it was left out at install or evicted since) from
 * the network, checked and stored again. Undefined when `url` is not listed or cannot be had.
 */
export async function listedResponse(url) {
  const key = keyFor(url);
  if (key === undefined) return undefined;
  const cache = await caches.open(precacheName());
  return (await cache.match(key)) ?? refetch(cache, `${url.origin}${url.pathname}`, key);
}

/** The saved entry for `url` (no network: the host has already failed to answer), or undefined. */
export async function savedResponse(url) {
  const key = keyFor(url);
  return key === undefined ? undefined : (await caches.open(precacheName())).match(key);
}

let repairing;

/**
 * Fetches every listed entry that is not in the cache (left out at install, or evicted under storage
 * pressure): an offline copy with holes heals on the next page opened online. One pass at a time; a pass
 * over a whole copy costs a few milliseconds of cache lookups.
 */
export function repair() {
  repairing ??= (async () => {
    const cache = await caches.open(precacheName());
    for (const [url, key] of precache.getURLsToCacheKeys()) {
      if ((await cache.match(key)) === undefined) await refetch(cache, url, key);
    }
  })().finally(() => {
    repairing = undefined;
  });
  return repairing;
}
