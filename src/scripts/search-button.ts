/**
 * The script of Starlight's own Search component, in place of Starlight's two (src/integrations/
 * lazy-search.mjs swaps them; the markup and styles stay Starlight's). Starlight's script imports Pagefind's
 * UI (~26 KB gzip) on every page once it is idle; this one shows the platform's shortcut, enables the
 * button and answers Ctrl+K or Cmd+K by loading the dialog's script (search-dialog.ts), which loads
 * Pagefind's UI and opens the dialog: search loads on first use (DESIGN.md "Budgets").
 */
import dialogScript from './search-dialog?worker&url';

class SiteSearch extends HTMLElement {
  constructor() {
    super();
    const openBtn = this.querySelector<HTMLButtonElement>('button[data-open-modal]');
    if (openBtn === null) return;
    // Starlight names the button "Search" by aria-label while it shows "Search Ctrl K", which axe reports
    // (label-content-name-mismatch). The name comes from its text instead: a screen-reader-only copy of the
    // label (the visible one is hidden on phones), with the shortcut's hint left out of it, as
    // aria-keyshortcuts announces the shortcut.
    const label = openBtn.getAttribute('aria-label');
    if (label !== null) {
      const name = document.createElement('span');
      name.className = 'sr-only';
      name.textContent = label;
      openBtn.append(name);
      openBtn.removeAttribute('aria-label');
    }
    const shortcut = openBtn.querySelector<HTMLElement>('kbd');
    if (shortcut !== null) {
      shortcut.setAttribute('aria-hidden', 'true');
      // navigator.platform, although deprecated, is not spoofed by devtools the way the user agent is.
      const platformKey = shortcut.querySelector('kbd');
      if (platformKey !== null && /(Mac|iPhone|iPod|iPad)/i.test(navigator.platform)) {
        platformKey.textContent = '⌘';
        openBtn.setAttribute('aria-keyshortcuts', 'Meta+K');
      }
      shortcut.style.display = '';
    }
    let requested = false;
    const load = () => {
      if (requested) return;
      requested = true;
      const script = document.createElement('script');
      script.src = dialogScript;
      document.head.append(script);
    };
    openBtn.addEventListener('click', load);
    // Ctrl+K and Cmd+K: once the dialog's script has loaded, it answers them itself.
    window.addEventListener('keydown', (event) => {
      if ((event.metaKey || event.ctrlKey) && event.key === 'k' && !requested) {
        event.preventDefault();
        load();
      }
    });
    openBtn.disabled = false;
  }
}
customElements.define('site-search', SiteSearch);
