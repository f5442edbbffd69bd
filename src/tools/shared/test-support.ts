// Rendering tools' views in happy-dom: mount, let re-renders and effects land, and type like a reader.
import { render, type VNode } from 'preact';
import { act } from 'preact/test-utils';

const mounted: HTMLElement[] = [];

export function mount(vnode: VNode): HTMLElement {
  const container = document.createElement('div');
  document.body.append(container);
  mounted.push(container);
  act(() => render(vnode, container));
  return container;
}

/** Waits for Preact's queued re-renders and for effects. */
export async function settle(): Promise<void> {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 5));
  });
}

export function byId<T extends HTMLElement>(root: ParentNode, id: string): T {
  const element = root.querySelector<T>(`#${CSS.escape(id)}`);
  if (element === null) throw new Error(`no element #${id}`);
  return element;
}

export async function type(input: HTMLInputElement, value: string): Promise<void> {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await settle();
}

export async function choose(select: HTMLSelectElement | HTMLInputElement, value?: string): Promise<void> {
  if (value !== undefined) select.value = value;
  if (select instanceof HTMLInputElement) select.checked = true;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await settle();
}

export async function press(element: HTMLElement, key: string): Promise<void> {
  element.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
  await settle();
}

/** Unmounts every view (running their cleanups) and empties the page. */
export function cleanup(): void {
  for (const container of mounted.splice(0)) act(() => render(null, container));
  document.body.innerHTML = '';
}
