/**
 * The walker's launcher (WalkerTool.astro), kept tiny because it loads with the page, a content page with
 * 5 KB of JavaScript: the walker loads on first use, or at once when a link carries a case.
 *
 * The walker is built as one standalone script (`?worker&url` asks Vite for a self-contained bundle and its
 * URL; it runs here on the page, not in a worker) and added with a script element. A dynamic import()
 * would pull Vite's preload helper (0.9 KB) into every load of this page.
 */
import walkerUrl from './mount?worker&url';

const start = () => {
  if (document.querySelector('script[data-walker-script]') !== null) return;
  const script = document.createElement('script');
  script.src = walkerUrl;
  script.dataset.walkerScript = '';
  document.head.append(script);
};

document.querySelector('[data-walker-start]')?.addEventListener('click', start);
if (location.search !== '') start();
