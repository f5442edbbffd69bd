/**
 * Page loads (navigations). Online, the page comes from the host, so a reader gets a release on the first
 * page they open after it (issue #22: a corrected dose must reach every returning reader), always
 * revalidated. Offline, or when the host is slow or failing, the offline copy
 * answers: the page itself (or a widget saved when it was last opened, widgets.js), the slash form of a
 * path written without one (`/tools/dose-calculator` → `/tools/dose-calculator/`, as Netlify and Cloudflare
 * redirect it), a page saying what is not saved on this device, or the site's 404 page.
 */
import { keyFor, savedResponse } from './precache.js';
import { isWidgetPage, savedWidget } from './widgets.js';

/**
 * How long the host has to answer before the offline copy is shown: on a ward with a weak signal a page
 * that never arrives is worse than the saved copy, which is at most one release old.
 */
const NETWORK_TIMEOUT_MS = 3000;

/**
 * The page from the host, revalidated whatever caching the host allows (`no-cache`: a host that ignores
 * `_headers` may let browsers keep pages for minutes, issue #22), within the time limit.
 */
function fromNetwork(request) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('The host did not answer in time.')), NETWORK_TIMEOUT_MS);
    fetch(new Request(request, { cache: 'no-cache' })).then(
      (response) => { clearTimeout(timer); resolve(response); },
      (error) => { clearTimeout(timer); reject(error); },
    );
  });
}

const escape = (text) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** Offline, a page of the site that is not saved on this device (evicted, or left out of the install). */
function notSaved(url) {
  const body = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Not saved on this device · ITP Pathway</title>
<style>body{font:1.125rem/1.5 system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem}</style></head>
<body><main><h1>This page is not saved on this device</h1>
<p>You are offline, and the offline copy of ITP Pathway on this device does not have
<code>${escape(url.pathname)}</code>. Connect to the internet and reload to open it; it will then be saved
for offline use. (Widgets are saved the first time they are opened.)</p>
<p><a href="/">Open the home page</a></p></main></body></html>`;
  return new Response(body, {
    status: 503,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'",
    },
  });
}

async function savedPage(url) {
  const page = (await savedResponse(url)) ?? (await savedWidget(url));
  if (page !== undefined) return page;
  if (keyFor(url) !== undefined) return notSaved(url);
  const slashed = new URL(`${url.pathname}/${url.search}`, url);
  const known = keyFor(slashed) !== undefined || (await savedWidget(slashed)) !== undefined;
  if (!url.pathname.endsWith('/') && known) return Response.redirect(slashed.href, 301);
  if (isWidgetPage(url)) return notSaved(url);
  const missing = await savedResponse(new URL('/404.html', url));
  if (missing === undefined) return notSaved(url);
  return new Response(missing.body, { status: 404, headers: missing.headers });
}

/**
 * The response to a navigation: the host's answer, else the offline copy's. `onNetworkAnswer` gets a copy
 * of the host's answer (to save a widget, and to repair the copy while online).
 */
export async function pageResponse(request, onNetworkAnswer) {
  try {
    const response = await fromNetwork(request);
    // A host error (5xx) is an outage, not an answer: the saved copy is better than an error page.
    if (response.status < 500) {
      onNetworkAnswer(response.clone());
      return response;
    }
  } catch {
    // Offline, or the host too slow: the offline copy answers.
  }
  return savedPage(new URL(request.url));
}
