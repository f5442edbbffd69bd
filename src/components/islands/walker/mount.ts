/**
 * The walker as a standalone script, added by the launcher (launch.ts) on first use: reads the props
 * WalkerTool.astro serialised at build time and renders the walker in place of the launcher.
 */
import { h, render } from 'preact';
import type { ReferenceLabels } from '../ui/Citations';
import { WalkerIsland } from './WalkerIsland';

type Labels = Record<string, string>;

const isLabels = (value: unknown): value is Labels =>
  typeof value === 'object' && value !== null && Object.values(value).every((label) => typeof label === 'string');

function readProps(text: string | undefined): { refs: ReferenceLabels; labels: Labels } | undefined {
  const data: unknown = JSON.parse(text ?? '{}');
  if (typeof data !== 'object' || data === null || !('refs' in data) || !('labels' in data)) return undefined;
  const { refs, labels } = data;
  return isLabels(refs) && isLabels(labels) ? { refs, labels } : undefined;
}

/** Renders the walker in place of its launcher; after a click, focus moves to its first field. */
function startWalker(): void {
  const host = document.querySelector<HTMLElement>('[data-walker]');
  if (host === null) return;
  const root = host.querySelector<HTMLElement>('[data-walker-root]');
  const launch = host.querySelector<HTMLElement>('.walker-launch');
  const props = readProps(host.dataset.walker);
  if (root === null || launch === null || props === undefined) return;
  render(h(WalkerIsland, props), root);
  launch.hidden = true;
  // Opened by the reader's click (not by a link carrying a case): take them to the first field.
  if (document.activeElement?.matches('[data-walker-start]') === true) root.querySelector<HTMLElement>('input, select')?.focus();
}

startWalker();
