/**
 * The embed builder's behaviour (EmbedBuilder.astro): shows the controls the chosen widget reads, turns
 * the form into the embed's address and snippet, reloads the preview a moment after the last change, fills
 * the walker's case from a teaching case, and copies the snippet (selecting it where the clipboard is
 * refused). The form names are the link's own parameter names; empty means "not set".
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
  let timer: ReturnType<typeof setTimeout> | undefined;

  const update = () => {
    const chosen = widget.value;
    for (const wrapper of root.querySelectorAll<HTMLElement>('[data-widgets]')) {
      const shown = (wrapper.dataset.widgets ?? '').split(' ').includes(chosen);
      wrapper.hidden = !shown;
      for (const control of controls(wrapper)) control.disabled = !shown;
    }
    const option = widget.selectedOptions[0];
    const url = embedUrl(window.location.origin, chosen, presetOf(form));
    const path = url.slice(window.location.origin.length);
    link.href = path;
    link.firstChild?.replaceWith(path);
    snippet.value = iframeSnippet({
      src: url,
      title: `${option?.dataset.title ?? chosen} — ITP Pathway`,
      height: Number(option?.dataset.height ?? '800'),
      ...(host.checked ? { hostScriptOrigin: window.location.origin } : {}),
    });
    status.textContent = '';
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (preview.getAttribute('src') !== path) preview.src = path;
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
    const narrow = event.target instanceof HTMLInputElement && event.target.value === 'narrow';
    root.querySelector('[data-builder-preview-box]')?.classList.toggle('is-narrow', narrow);
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
