/**
 * How a tool or widget takes over its build-time HTML. A page still in its build-time state is hydrated:
 * Preact only attaches its listeners, which keeps the start-up task short on a slow phone (Lighthouse's
 * total blocking time; a widget's start-up also blocks the course page around its frame). Anything else is
 * rendered over the HTML, because hydrate keeps the build-time `value` and `checked` that a link, a preset,
 * remembered units or the browser's restored form values change.
 */
import { hydrate, render, type ComponentChild } from 'preact';
import { pageStateText, type PageBinding } from '../../../stores/page-state';

/** The option a select shows before anyone touches it: the last marked `selected`, else the first. */
function builtIndex(select: HTMLSelectElement): number {
  const marked = [...select.options].map((option) => option.hasAttribute('selected')).lastIndexOf(true);
  return marked === -1 ? 0 : marked;
}

/** Whether every control still holds the value its HTML gave it (no value restored by the browser). */
export function controlsAsBuilt(root: ParentNode): boolean {
  for (const control of root.querySelectorAll('input, select, textarea')) {
    if (control instanceof HTMLInputElement) {
      const choice = control.type === 'radio' || control.type === 'checkbox';
      if (choice ? control.checked !== control.hasAttribute('checked') : control.value !== (control.getAttribute('value') ?? '')) return false;
    } else if (control instanceof HTMLSelectElement) {
      if (control.selectedIndex !== builtIndex(control)) return false;
    } else if (control instanceof HTMLTextAreaElement && control.value !== control.defaultValue) {
      return false;
    }
  }
  return true;
}

/**
 * Starts the page's state with `start` (binding it to the link), then takes over `root`. It hydrates only
 * when the root holds the view's own build-time HTML (`data-prerendered`, not a launcher in its place),
 * the page has no link or preset, starting changed none of `bindings`' stores (no remembered units) and
 * no control holds a restored value. The root is marked `data-live` once the view answers input.
 */
export function takeOver(root: HTMLElement, bindings: readonly PageBinding[], start: () => void, view: ComponentChild): void {
  const built = pageStateText(bindings);
  start();
  const asBuilt = root.dataset.prerendered !== undefined && window.location.search === ''
    && pageStateText(bindings) === built && controlsAsBuilt(root);
  (asBuilt ? hydrate : render)(view, root);
  root.dataset.live = '';
}
