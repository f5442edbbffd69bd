/**
 * Pan, zoom and full screen for every diagram on the page, loaded by loader.ts on the reader's first use of
 * one (a classic script, so it runs in a sandboxed cross-origin frame too). The toolbar's buttons: zoom out,
 * zoom in, full screen, and the text version, opened and focused. Whatever the first use asked for
 * (`data-dg-pending`) is done at once.
 */
import { followFullScreen, toggleFullScreen } from './full-screen';
import { listenForGestures } from './gestures';
import { canvasOf, svgOf, zoomStep, zoomTo } from './zoom';

function showText(figure: HTMLElement): void {
  const details = figure.querySelector<HTMLDetailsElement>('details.diagram-text');
  if (details === null) return;
  details.open = true;
  details.querySelector('summary')?.focus();
}

function act(figure: HTMLElement, action: string | undefined): void {
  if (figure.querySelector(`[data-dg-action="${action ?? ''}"]`)?.getAttribute('aria-disabled') === 'true') return;
  if (action === 'in' || action === 'out') zoomStep(figure, action === 'in' ? 1 : -1);
  else if (action === 'reset') zoomTo(figure, 1);
  else if (action === 'full') toggleFullScreen(figure);
  else if (action === 'text') showText(figure);
}

const figures = [...document.querySelectorAll<HTMLElement>('figure.diagram')].filter((figure) => figure.dataset.dg !== 'live');
for (const figure of figures) {
  const [canvas, svg] = [canvasOf(figure), svgOf(figure)];
  if (canvas === null || svg === null) continue;
  figure.dataset.dg = 'live';
  listenForGestures(figure, canvas, svg);
  figure.querySelector('.diagram-tools')?.addEventListener('click', (event) => {
    const control = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-dg-action]') : null;
    if (control === null) return;
    event.preventDefault();
    act(figure, control.dataset.dgAction);
  });
  const pending = figure.dataset.dgPending;
  delete figure.dataset.dgPending;
  act(figure, pending);
}
followFullScreen(figures);
