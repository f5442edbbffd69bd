/**
 * The walker's launcher (WalkerTool.astro), kept tiny because it loads with the page: it adds the walker's
 * script on first use, or at once when a link carries a case, and notes which, so the walker knows whether
 * to move the focus to its first field.
 */
const host = document.querySelector<HTMLElement>('[data-tool="walker"]');

const start = (by: 'click' | 'link') => {
  if (host === null || host.dataset.started !== undefined || host.dataset.script === undefined) return;
  host.dataset.started = by;
  const script = document.createElement('script');
  script.src = host.dataset.script;
  document.head.append(script);
};

host?.querySelector('[data-walker-start]')?.addEventListener('click', () => start('click'));
if (location.search !== '') start('link');
