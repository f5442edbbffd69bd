/**
 * The site search's dialog (Starlight's Search component; search-button.ts loads this script), loaded when
 * the reader first opens search, as Pagefind's own UI is: until then a page carries only the button's few
 * lines. It opens the dialog at once (it is loaded because the reader asked), then opens and closes it on
 * the button, Ctrl+K or Cmd+K, the close button, Escape, and a click on a link or outside the dialog, as
 * Starlight's does.
 */
interface PagefindUIOptions {
  element: string;
  baseUrl: string;
  bundlePath: string;
  showImages: boolean;
  translations: unknown;
  showSubResults: boolean;
  ranking: Record<string, number>;
}

declare global {
  interface Window {
    PagefindUI?: new (options: PagefindUIOptions) => unknown;
  }
}

/**
 * Starlight's ranking (the defaults of its `pagefind` option, which its own search script passes to
 * Pagefind's UI), rather than Pagefind's: term counts weigh more than term frequency and long pages are
 * not held back, so a drug's guidance page, long and about that drug, ranks first for its name and "dose"
 * (tests/e2e/search.spec.ts). Written here because this script is bundled apart from Starlight's modules.
 */
const ranking = { pageLength: 0.1, termFrequency: 0.1, termSaturation: 2, termSimilarity: 9, diacriticSimilarity: 0.8 };

function readTranslations(text: string | undefined): unknown {
  try {
    return JSON.parse(text ?? '{}');
  } catch {
    return {};
  }
}

function startDialog(host: HTMLElement): void {
  const openBtn = host.querySelector<HTMLButtonElement>('button[data-open-modal]');
  const closeBtn = host.querySelector<HTMLButtonElement>('button[data-close-modal]');
  const dialog = host.querySelector('dialog');
  const dialogFrame = host.querySelector('.dialog-frame');
  if (!openBtn || !closeBtn || !dialog || !dialogFrame) return;
  const focusInput = () => host.querySelector('input')?.focus();

  // Pagefind's own UI bundle, built into /pagefind/ with the index.
  let loading: Promise<void> | undefined;
  const loadSearchUI = () => {
    if (import.meta.env.DEV || loading) return;
    const bundlePath = `${import.meta.env.BASE_URL.replace(/\/$/, '')}/pagefind/`;
    loading = new Promise<void>((resolve, reject) => {
      const script = document.createElement('script');
      script.src = `${bundlePath}pagefind-ui.js`;
      script.onload = () => resolve();
      script.onerror = () => reject(new Error('Search could not load.'));
      document.head.append(script);
    }).then(() => {
      if (!window.PagefindUI) return;
      new window.PagefindUI({
        element: '#starlight__search',
        baseUrl: import.meta.env.BASE_URL,
        bundlePath,
        showImages: false,
        translations: readTranslations(host.dataset.translations),
        ranking,
        showSubResults: true,
      });
      focusInput();
    });
  };

  /** Closes the dialog on a click on a link or outside it. */
  const onClick = (event: MouseEvent) => {
    const isLink = 'href' in (event.target ?? {});
    if (isLink || (document.body.contains(event.target as Node) && !dialogFrame.contains(event.target as Node))) closeModal();
  };
  const openModal = (event?: MouseEvent) => {
    loadSearchUI();
    dialog.showModal();
    document.body.toggleAttribute('data-search-modal-open', true);
    focusInput();
    event?.stopPropagation();
    window.addEventListener('click', onClick);
  };
  const closeModal = () => dialog.close();

  openBtn.addEventListener('click', openModal);
  closeBtn.addEventListener('click', closeModal);
  dialog.addEventListener('close', () => {
    document.body.toggleAttribute('data-search-modal-open', false);
    window.removeEventListener('click', onClick);
  });
  window.addEventListener('keydown', (event) => {
    if ((event.metaKey || event.ctrlKey) && event.key === 'k') {
      if (dialog.open) closeModal();
      else openModal();
      event.preventDefault();
    }
  });
  openModal();
}

const host = document.querySelector<HTMLElement>('site-search');
if (host !== null) startDialog(host);

export {};
