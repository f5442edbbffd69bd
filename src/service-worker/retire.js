/**
 * The kill-switch (CONTRIBUTING.md, "Releases and the offline copy"): a release built with
 * `ITP_OFFLINE=retire` ships this as dist/sw.js instead of the offline worker. Every browser that has the
 * offline copy fetches it at its next visit (sw.js is always revalidated), and it deletes every cache of
 * the site and unregisters itself. It has no fetch handler, so open pages carry on from the network, and
 * it reloads nothing: a reader in the middle of typing keeps their page.
 */
self.addEventListener('install', (event) => {
  event.waitUntil(self.skipWaiting());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) await caches.delete(name);
    await self.registration.unregister();
  })());
});
