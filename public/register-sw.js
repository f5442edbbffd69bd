// Registers the offline service worker. Inside a sandboxed iframe (no same-origin access) service workers
// are unavailable and touching navigator.serviceWorker can throw: the widget then simply works online.
try {
  if ('serviceWorker' in navigator && window.isSecureContext) {
    navigator.serviceWorker.register('/sw.js').catch(() => undefined);
  }
} catch {
  // No service worker in this context; nothing to do.
}
