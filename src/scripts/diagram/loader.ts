/**
 * Every diagram's script while the page loads (Diagram.astro), kept tiny because a content page carries at
 * most 5 KB of JavaScript before the reader interacts. It opens a diagram wider than its box on its start
 * node, and on the reader's first use of a diagram (a press, a focus, a key, Ctrl or ⌘ with the wheel) adds
 * the pan, zoom and full-screen script (view.ts, the figure's `data-script`), noting what that first use
 * asked for, which view.ts then does. Until then the diagram is already readable and scrolls natively.
 */
import { centreOn } from './centre';

const keyActions: Readonly<Record<string, string>> = { '+': 'in', '=': 'in', '-': 'out', '0': 'reset' };

function actionOf(event: Event): string | undefined {
  if (event instanceof KeyboardEvent) return keyActions[event.key];
  if (event instanceof WheelEvent) return event.deltaY < 0 ? 'in' : 'out';
  if (event.type !== 'click' || !(event.target instanceof Element)) return undefined;
  return event.target.closest<HTMLElement>('[data-dg-action]')?.dataset.dgAction;
}

for (const figure of document.querySelectorAll<HTMLElement>('figure.diagram[data-script]:not([data-dg])')) {
  figure.dataset.dg = 'ready';
  const canvas = figure.querySelector('.diagram-canvas');
  if (canvas !== null) centreOn(canvas, canvas.querySelector(`g.node[data-id="${CSS.escape(figure.dataset.start ?? '')}"]`));
  const firstUse = (event: Event) => {
    if (figure.dataset.dg === 'live') return;
    if (event instanceof WheelEvent) {
      if (!event.ctrlKey && !event.metaKey) return;
      event.preventDefault();
    }
    const action = actionOf(event);
    if (action !== undefined) figure.dataset.dgPending = action;
    if (figure.dataset.dg !== 'ready') return;
    figure.dataset.dg = 'loading';
    const url = figure.dataset.script ?? '';
    if (document.querySelector(`script[src="${CSS.escape(url)}"]`) !== null) return;
    const script = document.createElement('script');
    script.src = url;
    document.body.append(script);
  };
  for (const type of ['pointerdown', 'focusin', 'click', 'keydown']) figure.addEventListener(type, firstUse, true);
  figure.addEventListener('wheel', firstUse, { capture: true, passive: false });
}
