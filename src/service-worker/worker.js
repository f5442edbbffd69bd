/**
 * ITP Pathway's service worker, bundled by src/integrations/offline.mjs into dist/sw.js with the build's
 * precache manifest (workbox-build) and version. It keeps an offline copy of the site that each release
 * replaces safely (issue #22; docs/hazard-log.md "Offline copy and releases"):
 * - the copy is revisioned and complete before it is used, and a release with a few missing files still
 *   installs (precache.js);
 * - pages come from the host when it answers, else from the copy (pages.js);
 * - a page of the previous release still open keeps its scripts (kept-assets.js);
 * - pages learn that a newer release is active and offer a reload (src/scripts/register-sw.ts);
 * - a tool whose script cannot be had says so instead of sitting inert (failed-script.js);
 * - the site search's files and the widgets are saved on first use rather than in the copy (widgets.js);
 * - a release can retire all of this with retire.js (CONTRIBUTING.md, "Releases and the offline copy").
 */
import { NetworkFirst } from 'workbox-strategies';
import { install, listedResponse, precache, precacheName, repair } from './precache.js';
import { KEPT, keepOutgoingAssets, keptAsset } from './kept-assets.js';
import { pageResponse } from './pages.js';
import { failedScript } from './failed-script.js';
import { isWidgetPage, saveWidget, savedWidget } from './widgets.js';

// Replaced by the build: the release's version ("2026-12-07T13:47:11Z+1a2b3c4") and its manifest.
const VERSION = __ITP_VERSION__;
const MANIFEST = self.__WB_MANIFEST;

/** Pagefind's index and UI (~0.9 MB) are saved when the reader first searches, and refreshed online. */
const SEARCH = 'itp-pathway-search';
const search = new NetworkFirst({ cacheName: SEARCH, networkTimeoutSeconds: 3 });

precache.addToCacheList(MANIFEST);

self.addEventListener('install', (event) => {
  // Once the new copy is complete it takes over at once: open pages of the old release keep their
  // scripts (kept-assets.js) and are told to reload, so nobody waits for every tab to close.
  event.waitUntil(install(event, MANIFEST).then(() => self.skipWaiting()));
});

async function announce() {
  for (const client of await self.clients.matchAll({ type: 'window' })) {
    client.postMessage({ type: 'itp-pathway:version', version: VERSION });
  }
}

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    await keepOutgoingAssets();
    await precache.activate(event);
    // Everything else goes, the saved search index and widgets included: they belong to the previous
    // release, and the next use online saves this release's (their hashed files would otherwise pile up
    // release after release).
    const ours = new Set([precacheName(), KEPT]);
    for (const name of await caches.keys()) if (!ours.has(name)) await caches.delete(name);
    await self.clients.claim();
    await announce();
    await repair();
  })());
});

/**
 * A release that has finished installing asks to take over at once (skipWaiting), but Chromium waits until
 * the worker it replaces is idle and may not look again (seen in the release tests: a new worker left
 * "installed" for over a minute with nothing in flight). So the active worker, whenever it is woken,
 * nudges a waiting successor to ask again.
 */
function nudgeWaiting() {
  self.registration.waiting?.postMessage({ type: 'itp-pathway:take-over' });
}

self.addEventListener('message', (event) => {
  if (event.data?.type === 'itp-pathway:version') {
    event.source?.postMessage({ type: 'itp-pathway:version', version: VERSION });
    nudgeWaiting();
  } else if (event.data?.type === 'itp-pathway:take-over') {
    event.waitUntil(self.skipWaiting());
  }
});

/** A script, style or image: saved, kept from the previous release, saved with a widget, or from the host. */
async function assetResponse(event) {
  const { request } = event;
  const url = new URL(request.url);
  const saved = (await listedResponse(url)) ?? (await keptAsset(url)) ?? (await savedWidget(url));
  if (saved !== undefined) return saved;
  const isScript = request.destination === 'script';
  try {
    const response = await fetch(request);
    // A hashed file the copy does not list is a widget's: saved for offline use like its page.
    if (url.pathname.startsWith('/_astro/')) event.waitUntil(saveWidget(url, response.clone()));
    return response.ok || !isScript ? response : failedScript(url, false);
  } catch (error) {
    if (isScript) return failedScript(url, true);
    throw error;
  }
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  nudgeWaiting();
  if (request.mode === 'navigate') {
    event.respondWith(pageResponse(request, (response) => {
      event.waitUntil(Promise.all([repair(), isWidgetPage(url) ? saveWidget(url, response) : undefined]));
    }));
  } else if (url.pathname.startsWith('/pagefind/')) {
    event.respondWith(search.handle({ event, request }));
  } else if (url.pathname.startsWith('/_astro/') || precache.getCacheKeyForURL(url.href) !== undefined) {
    event.respondWith(assetResponse(event));
  }
});
