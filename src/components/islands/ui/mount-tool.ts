/**
 * Starts a tool rendered at build time by ToolRoot.astro: binds the page's state to the link first, so the
 * first render already shows a linked case. A page still in its build-time state is hydrated: Preact only
 * attaches its listeners, which keeps the start-up task short on a slow phone (Lighthouse's total blocking
 * time). Anything else is rendered over the build-time HTML, because hydrate keeps the build-time `value`
 * and `checked` that a link, remembered units or the browser's restored form values change.
 */
import { hydrate, render, type ComponentChild } from 'preact';
import { pageStateText, startPageState, type PageBinding } from '../../../stores/page-state';

export type LabelMaps = Record<string, Record<string, string>>;

const isLabels = (value: unknown): value is Record<string, string> =>
  typeof value === 'object' && value !== null && Object.values(value).every((label) => typeof label === 'string');

/** The props ToolRoot serialised: an object of label maps, or undefined when it is not that. */
export function readToolProps(text: string | undefined): LabelMaps | undefined {
  const data: unknown = JSON.parse(text ?? '{}');
  if (typeof data !== 'object' || data === null) return undefined;
  const entries = Object.entries(data);
  return entries.every(([, value]) => isLabels(value)) ? Object.fromEntries(entries) : undefined;
}

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

export function mountTool(name: string, view: (props: LabelMaps) => ComponentChild, bindings: readonly PageBinding[]): void {
  const root = document.querySelector<HTMLElement>(`[data-tool="${name}"]`);
  const props = readToolProps(root?.dataset.toolProps);
  if (root === null || props === undefined) return;
  const built = pageStateText(bindings);
  startPageState(...bindings);
  const asBuilt = window.location.search === '' && pageStateText(bindings) === built && controlsAsBuilt(root);
  (asBuilt ? hydrate : render)(view(props), root);
}
