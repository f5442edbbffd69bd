/**
 * Links out of an embed open in a new tab: the rest of the site refuses to be framed (frame-ancestors
 * 'self'), so following a source link inside the frame would show an error. Links within the page (a
 * problem list's "#case-weight") stay in place. Set as the link is followed, so the tools' markup is
 * left as it is. Inside `sandbox` without `allow-popups` the browser then opens nothing, which is safer
 * than a broken frame; the Teach page's snippet allows popups for that reason.
 */
export function openLinksInNewTab(): void {
  document.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
    if (!(link instanceof HTMLAnchorElement)) return;
    const samePage = link.pathname === window.location.pathname && link.search === window.location.search && link.hash !== '';
    if (samePage || link.origin !== window.location.origin) return;
    link.target = '_blank';
    link.rel = 'noopener';
  });
}
