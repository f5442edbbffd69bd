/**
 * The embed builder's behaviour (EmbedBuilder.astro): shows the controls the chosen widget reads, turns
 * the form into the embed's address and snippet, reloads the preview a moment after the last change, fills
 * the walker's case from a teaching case, and copies the snippet (selecting it where the clipboard is
 * refused). The form names are the link's own parameter names; empty means "not set".
 * The snippet's height is the preview's own, as the host script on this page fits it (its `resize`, at the
 * preview width chosen), so a platform that strips the host script still shows the whole widget; until the
 * preview has sized itself, the widget's measured height at 600 px (src/embed/sizes.json). The link's
 * problems the preview reports (its `notices`) are listed for the educator beside the code.
 */
import { embedUrl, iframeSnippet } from '../../embed/embed-url';

const PREVIEW_DELAY_MS = 500;

function controls(scope: ParentNode): (HTMLInputElement | HTMLSelectElement)[] {
  return [...scope.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select')];
}

/** The preset as name–value pairs, in the form's order; the hidden panels joined as one list. */
function presetOf(form: HTMLFormElement): [string, string][] {
  const values: [string, string][] = [];
  const hidden: string[] = [];
  for (const [name, value] of new FormData(form)) {
    if (name === 'widget' || typeof value !== 'string' || value.trim() === '') continue;
    if (name === 'hide') hidden.push(value);
    else values.push([name, value.trim()]);
  }
  if (hidden.length > 0) values.push(['hide', hidden.join(',')]);
  return values;
}

function start(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>('[data-builder-form]');
  const widget = root.querySelector<HTMLSelectElement>('[data-builder-widget]');
  const teachingCase = root.querySelector<HTMLSelectElement>('[data-builder-case]');
  const preview = root.querySelector<HTMLIFrameElement>('[data-builder-preview]');
  const snippet = root.querySelector<HTMLTextAreaElement>('[data-builder-snippet]');
  const link = root.querySelector<HTMLAnchorElement>('[data-builder-link]');
  const host = root.querySelector<HTMLInputElement>('[data-builder-host]');
  const status = root.querySelector<HTMLElement>('[data-builder-status]');
  if (form === null || widget === null || teachingCase === null || preview === null) return;
  if (snippet === null || link === null || host === null || status === null) return;
  const box = root.querySelector<HTMLElement>('[data-builder-preview-box]');
  const notices = root.querySelector<HTMLElement>('[data-builder-notices]');
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** The preview's height for the address it shows, once it has reported one. */
  let measured: { path: string; height: number } | undefined;
  let path = '';

  const writeSnippet = () => {
    const chosen = widget.value;
    const option = widget.selectedOptions[0];
    const height = measured?.path === path ? measured.height : Number(option?.dataset.height ?? '800');
    snippet.value = iframeSnippet({
      src: embedUrl(window.location.origin, chosen, presetOf(form)),
      title: `${option?.dataset.title ?? chosen} — ITP Pathway`,
      height,
      ...(host.checked ? { hostScriptOrigin: window.location.origin } : {}),
    });
  };

  const showNotices = (list: readonly string[]) => {
    const items = notices?.querySelector('ul');
    if (notices === null || items === null || items === undefined) return;
    items.replaceChildren(...list.map((text) => Object.assign(document.createElement('li'), { textContent: text })));
    notices.hidden = list.length === 0;
  };

  preview.addEventListener('itp-pathway:resize', (event) => {
    const height = event instanceof CustomEvent && typeof event.detail?.height === 'number' ? event.detail.height : undefined;
    if (height === undefined || preview.getAttribute('src') !== path) return;
    measured = { path, height };
    writeSnippet();
  });
  preview.addEventListener('itp-pathway:notices', (event) => {
    if (event instanceof CustomEvent && Array.isArray(event.detail?.notices)) showNotices(event.detail.notices);
  });

  const update = () => {
    const chosen = widget.value;
    for (const wrapper of root.querySelectorAll<HTMLElement>('[data-widgets]')) {
      const shown = (wrapper.dataset.widgets ?? '').split(' ').includes(chosen);
      wrapper.hidden = !shown;
      for (const control of controls(wrapper)) control.disabled = !shown;
    }
    const option = widget.selectedOptions[0];
    path = embedUrl(window.location.origin, chosen, presetOf(form)).slice(window.location.origin.length);
    link.href = path;
    link.firstChild?.replaceWith(path);
    writeSnippet();
    status.textContent = '';
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (preview.getAttribute('src') !== path) {
        showNotices([]);
        preview.src = path;
      }
      preview.title = `Preview of the ${option?.dataset.title ?? chosen} embed`;
    }, PREVIEW_DELAY_MS);
  };

  teachingCase.addEventListener('change', () => {
    const preset = new URLSearchParams(teachingCase.value);
    for (const control of controls(form)) {
      const wrapper = control.closest<HTMLElement>('.builder-field');
      if (wrapper?.dataset.widgets?.split(' ').includes('walker') === true) control.value = preset.get(control.name) ?? '';
    }
    update();
  });
  form.addEventListener('input', update);
  form.addEventListener('change', update);
  root.querySelector('.builder-width')?.addEventListener('change', (event) => {
    // A new width re-lays the widget out; its next `resize` measures it anew.
    if (event.target instanceof HTMLInputElement && box !== null) box.dataset.width = event.target.value;
  });
  root.querySelector('[data-builder-copy]')?.addEventListener('click', () => {
    navigator.clipboard.writeText(snippet.value).then(
      () => { status.textContent = 'Copied to the clipboard.'; },
      () => {
        snippet.focus();
        snippet.select();
        status.textContent = 'The code is selected: press Ctrl+C (⌘C on a Mac) to copy it.';
      },
    );
  });
  update();
}

const root = document.querySelector<HTMLElement>('[data-embed-builder]');
if (root !== null) start(root);
