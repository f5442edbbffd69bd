/**
 * The widgets (/embed/ pages and the bundles only they load) are not in the offline copy: they serve course
 * pages, whose frames are usually sandboxed and have no service worker, and they were a third of the
 * copy's download (issue #22). A widget opened on this device is saved here as it loads, so it works offline
 * afterwards; a release empties this cache, and the next use online fills it again.
 */
export const WIDGETS = 'itp-pathway-widgets';

export function isWidgetPage(url) {
  return url.pathname.startsWith('/embed/');
}

/** Saves a widget page or file just fetched from the host (without its query: presets change nothing). */
export async function saveWidget(url, response) {
  if (!response.ok || response.redirected || response.type !== 'basic') return;
  await (await caches.open(WIDGETS)).put(`${url.origin}${url.pathname}`, response);
}

/** A saved widget page or file, or undefined. */
export async function savedWidget(url) {
  return (await caches.open(WIDGETS)).match(`${url.origin}${url.pathname}`);
}
