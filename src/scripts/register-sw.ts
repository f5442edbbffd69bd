/**
 * Every page's link to the offline copy (docs/hazard-log.md, "Offline copy and releases"): registers the
 * service worker (sw.js, src/service-worker/) once the page has loaded, so that saving the offline copy does
 * not compete with the page's own first load on a slow phone; and when a later release takes over the
 * offline copy while this page is open (the worker announces its version), shows "A new version is
 * available" with a Reload button in a `role="status"` region. It never reloads by itself: the reader may
 * be typing a case. A tool whose script cannot be had is handled by the worker, which answers with a script
 * that says so beside the tool (src/service-worker/failed-script.js), so this script, on every page, stays
 * small; the notice and the page's version are in the page (HeadMeta.astro).
 * Where service workers are unavailable (not a secure context; a sandboxed frame, where touching them
 * throws) it does nothing, and the page or widget works online.
 *
 * Site pages get it inlined by Astro (the Head override), embed pages as a classic script file
 * (EmbedLayout.astro, `?worker&url`); both are minified, so these comments cost no reader a byte.
 */
try {
  const workers = navigator.serviceWorker;
  const notice = document.querySelector<HTMLTemplateElement>('#itp-pathway-update');
  const full = notice?.content.firstElementChild;
  if (notice && full) {
    const region = document.body.appendChild(document.importNode(full, false));
    workers.onmessage = ({ data }: MessageEvent<{ type?: string; version?: string } | null>) => {
      // Versions sort by build time; a page without one (a development build) is never told.
      if (data?.type === 'itp-pathway:version' && (data.version ?? '') > (notice.dataset.version || '~')) {
        region.replaceChildren(...document.importNode(full, true).childNodes);
        region.lastChild?.addEventListener('click', () => location.reload());
      }
    };
  }
  addEventListener('load', () => workers.register('/sw.js').catch(() => undefined));
} catch {
  // No service worker in this context; nothing to do.
}
