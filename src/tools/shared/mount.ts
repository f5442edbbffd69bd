/**
 * The one way a tool starts, on its page and in its /embed/ frame alike, from the `instance` of its
 * definition and the root its build-time HTML sits in (src/components/site/Tool.astro writes the root and,
 * right after it, the script that calls this). Being embedded is a flag on the root (`data-embedded`): an
 * embed reads its link as the embed page checked it and then announces itself to that page, which does the
 * rest (live-tool.ts); a page reads its own link and the units this device remembers. Either way the state
 * is bound before the first render, so the first render already shows a linked case; the view then takes
 * over the build-time HTML (take-over.ts) in the task after the one that loaded the bundle.
 */
import type { Binding } from './binding';
import { announce } from './live-tool';
import { startEmbedState, startPageState } from './page-state';
import { parseJson, readToolProps, stringMap } from './props';
import { inNextTask, takeOver } from './take-over';
import type { Fixed, ToolDefinition } from './tool';
import { $urlNotices } from './url-state';

/** What the embed fixes, written on the root at build time; anything but a map of strings fixes nothing. */
export function readFixed(text: string | undefined): Fixed {
  return stringMap(parseJson(text)) ?? {};
}

/**
 * The link as the embed page checked it (`data-query`, src/embed/page-setup.ts): the stores are bound as on
 * the full page, then read again from the checked link only, so a value the notices say was not used is
 * really not used. The page lists the link's problems in its own words; the codecs' would repeat them.
 */
function readCheckedLink(bindings: readonly Binding[]): void {
  const checked = new URLSearchParams(document.documentElement.dataset.query ?? '');
  const rereads = bindings.map((binding) => binding.snapshot());
  const notices = $urlNotices.get();
  startEmbedState(...bindings);
  if (checked.toString() !== new URLSearchParams(window.location.search).toString()) {
    for (const reread of rereads) reread(checked);
  }
  $urlNotices.set(notices);
}

/** The root a tool's script follows (Tool.astro, and the launcher of a tool started on request, put it there). */
function rootBefore(script: Element | null): HTMLElement | null {
  const root = script?.previousElementSibling;
  return root instanceof HTMLElement && root.dataset.tool !== undefined ? root : null;
}

/**
 * Starts the tool whose root `root` is (by default the root just before the running script); false when
 * there is none or its props are not props.
 */
export function mountTool(instance: ToolDefinition['instance'], root: HTMLElement | null = rootBefore(document.currentScript)): boolean {
  const props = readToolProps(root?.dataset.toolProps);
  if (root === null || props === undefined) return false;
  const embedded = root.dataset.embedded !== undefined;
  const tool = instance(readFixed(root.dataset.toolFixed));
  inNextTask(() => {
    const read = embedded ? () => readCheckedLink(tool.bindings) : () => startPageState(...tool.bindings);
    takeOver(root, tool.bindings, read, tool.view(props));
    tool.start?.(root);
    // A tool the reader started with its button (the walker on the algorithm page) takes the focus.
    if (root.dataset.started === 'click') root.querySelector<HTMLElement>('input, select')?.focus();
    if (!embedded) return;
    // The embed page's own work (the link out, the first result, which runs the engine) in a task of its own.
    inNextTask(() => announce(root, {
      encode: (params) => {
        for (const binding of tool.bindings) binding.encode(params);
      },
      listen: (listener) => {
        const stops = tool.bindings.map((binding) => binding.store.listen(listener));
        return () => stops.forEach((stop) => stop());
      },
      ...(tool.result === undefined ? {} : { result: tool.result }),
    }));
  });
  return true;
}
