/**
 * How a tool or widget takes over its build-time HTML. A page still in its build-time state already shows
 * the tool exactly as its view would render it, so the view is attached (hydrated: Preact only adds its
 * listeners) when the reader first reaches for the tool, not while the page loads: on a slow phone the
 * hydration pass is most of a tool's start-up task (Lighthouse's total blocking time), and a reader who only
 * reads the page never pays for it. Anything else is rendered over the HTML at once, because hydrate keeps
 * the build-time `value` and `checked` that a link, a preset, remembered units or the browser's restored
 * form values change.
 */
import { hydrate, render, type ComponentChild } from 'preact';
import type { Binding } from './binding';
import { carriesState } from './fragment';
import { pageStateText } from './page-state';

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
 * The first events a reader's use of a tool sends to it. Each reaches the root (capture phase) before its
 * target, so hydrating there attaches the target's own listener in time for that same event. Not
 * pointerdown: a finger that starts a scroll over the tool is not using it.
 */
const firstUse = ['focusin', 'keydown', 'click', 'input', 'change'] as const;

/**
 * Runs `step` in a task of its own, after the one that loaded the bundle. Loading a bundle builds its data
 * (the engine's tables, each note's wording); taking over the page costs about as much again. As one task
 * that is long enough on a slow phone to hold up a tap (Lighthouse's total blocking time); as two, neither
 * is. Measured in Lighthouse on this 2-core machine: the titration page's blocking time went from 18–180 ms
 * (one run of 8 below 100) to 6–76 ms (16 runs, all 100), and the dose widget scored 100 in 12 runs of 16
 * rather than 4 of 8.
 */
export function inNextTask(step: () => void): void {
  setTimeout(step, 0);
}

/**
 * Starts the page's state with `start` (binding it to the link), then takes over `root`. It hydrates only
 * when the root holds the view's own build-time HTML (`data-prerendered`, not a launcher in its place),
 * the page has no link or preset, starting changed none of `bindings`' stores (no remembered units) and
 * no control holds a restored value; it does so on the reader's first use of the tool. The root is marked
 * `data-live` once the view answers input.
 */
export function takeOver(root: HTMLElement, bindings: readonly Binding[], start: () => void, view: ComponentChild): void {
  const built = pageStateText(bindings);
  start();
  const asBuilt = root.dataset.prerendered !== undefined && !carriesState(window.location.search, window.location.hash)
    && pageStateText(bindings) === built && controlsAsBuilt(root);
  if (asBuilt) {
    const attach = () => {
      for (const type of firstUse) root.removeEventListener(type, attach, true);
      hydrate(view, root);
    };
    for (const type of firstUse) root.addEventListener(type, attach, true);
  } else {
    render(view, root);
  }
  root.dataset.live = '';
}
