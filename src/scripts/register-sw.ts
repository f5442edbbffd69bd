/**
 * Registers the offline service worker (sw.js, written by src/integrations/offline.mjs) once the page has
 * loaded: installing it precaches the whole site (every page, script and the search index), which should
 * not compete with the page's own first load for the network or the CPU of a slow phone. Inside a
 * sandboxed iframe (no same-origin access) service workers are unavailable and touching
 * navigator.serviceWorker can throw: the widget then simply works online.
 *
 * Site pages get it inlined by Astro (the Head override), embed pages as a classic script file
 * (EmbedLayout.astro, `?worker&url`); both are minified, so the comment above costs no reader a byte.
 */
window.addEventListener('load', () => {
  try {
    if ('serviceWorker' in navigator && window.isSecureContext) {
      navigator.serviceWorker.register('/sw.js').catch(() => undefined);
    }
  } catch {
    // No service worker in this context; nothing to do.
  }
}, { once: true });
