// ITP Pathway service worker (generated at build time from src/integrations/sw-template.js).
// Precaches the whole static site; serves from the cache first so pages and tools work offline.
// Query strings (tool presets) are ignored when matching, since every page is a static file.
const CACHE = '__CACHE_NAME__';
// The build replaces the placeholder array with the list of every page and asset (offline.mjs).
const PRECACHE = [/* __PRECACHE__ */];

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(PRECACHE))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    caches.match(request, { ignoreSearch: true }).then((cached) => {
      if (cached) return cached;
      return fetch(request).catch(() =>
        request.mode === 'navigate' ? caches.match('/404.html') : Response.error(),
      );
    }),
  );
});
