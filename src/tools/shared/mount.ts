/**
 * Starts a tool rendered at build time by ToolRoot.astro: binds the page's state to the link first, so the
 * first render already shows a linked case, then takes over the build-time HTML (take-over.ts), in the
 * task after the one that loaded the bundle (`inNextTask`).
 */
import type { ComponentChild } from 'preact';
import { startPageState, type PageBinding } from './page-state';
import { inNextTask, takeOver } from './take-over';

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

/**
 * Whether the tool starts: false when the page has no root for it. `whenLive` runs once the tool has taken
 * over its root (the walker moves the focus into it).
 */
export function mountTool(
  name: string, view: (props: LabelMaps) => ComponentChild, bindings: readonly PageBinding[], whenLive?: (root: HTMLElement) => void,
): boolean {
  const root = document.querySelector<HTMLElement>(`[data-tool="${name}"]`);
  const props = readToolProps(root?.dataset.toolProps);
  if (root === null || props === undefined) return false;
  inNextTask(() => {
    takeOver(root, bindings, () => startPageState(...bindings), view(props));
    whenLive?.(root);
  });
  return true;
}
