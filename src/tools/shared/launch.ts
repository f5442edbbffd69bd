/**
 * The launcher of a tool that starts on request (Tool.astro with `start="on-request"`: the walker on the
 * algorithm page, a content page held to 5 KB of JavaScript before the reader interacts). Kept tiny because
 * it loads with the page: it adds the tool's script (`data-script`) when the reader presses the start button,
 * or at once when the link carries a case, and notes which, so that the tool knows whether to take the focus.
 */
for (const root of document.querySelectorAll<HTMLElement>('[data-tool][data-script]')) {
  const start = (by: 'click' | 'link') => {
    if (root.dataset.started !== undefined || root.dataset.script === undefined) return;
    root.dataset.started = by;
    const script = document.createElement('script');
    script.src = root.dataset.script;
    // Right after the root, as on a page that starts the tool at once: the tool's script starts the root it follows.
    root.after(script);
  };
  root.querySelector('[data-tool-start]')?.addEventListener('click', () => start('click'));
  // A case in the fragment (a `=` in it, fragment.ts) or in an old link's query; kept inline, as this loads with the page.
  if (location.search.length > 1 || location.hash.includes('=')) start('link');
}
