/**
 * A diagram on the whole screen: the Fullscreen API where the page may use it, else (a frame without
 * `allow="fullscreen"`, a phone browser without it) a modal dialog over the page, which Escape closes too.
 * Either way the figure gets `is-full` (diagram.css fills the screen with its box), the box takes the focus,
 * and on leaving, the button that opened it does.
 */
import { canvasOf } from './zoom';

const fullOf = (figure: Element) => figure.querySelector<HTMLElement>('[data-dg-action="full"]');

/**
 * Where the reader was in the diagram when the screen changed: moving the figure resets its box's scroll,
 * and the part of a tall diagram scrolled past on the page is, on the whole screen, scrolled inside the box.
 */
const views = new WeakMap<HTMLElement, { left: number; top: number }>();

function noteView(figure: HTMLElement): void {
  const canvas = canvasOf(figure);
  if (canvas === null) return;
  views.set(figure, { left: canvas.scrollLeft, top: canvas.scrollTop + Math.max(0, -canvas.getBoundingClientRect().top) });
}

function markFull(figure: HTMLElement, on: boolean): void {
  if (figure.classList.contains('is-full') === on) return;
  figure.classList.toggle('is-full', on);
  const button = fullOf(figure);
  if (button !== null) button.textContent = on ? 'Exit full screen' : 'Full screen';
  const [canvas, view] = [canvasOf(figure), views.get(figure)];
  if (canvas !== null && view !== undefined) {
    canvas.scrollLeft = view.left;
    canvas.scrollTop = on ? view.top : 0;
  }
  (on ? canvas : button)?.focus();
}

function openDialog(figure: HTMLElement): void {
  const place = document.createComment('diagram');
  const dialog = document.createElement('dialog');
  dialog.className = 'diagram-dialog';
  dialog.setAttribute('aria-label', figure.querySelector('svg title')?.textContent ?? 'Diagram');
  figure.before(place);
  dialog.append(figure);
  document.body.append(dialog);
  dialog.addEventListener('close', () => {
    noteView(figure);
    place.replaceWith(figure);
    dialog.remove();
    markFull(figure, false);
  }, { once: true });
  dialog.showModal();
  markFull(figure, true);
}

export function toggleFullScreen(figure: HTMLElement): void {
  noteView(figure);
  if (document.fullscreenElement === figure) void document.exitFullscreen();
  else if (figure.parentElement instanceof HTMLDialogElement) figure.parentElement.close();
  else if (document.fullscreenEnabled) figure.requestFullscreen().catch(() => openDialog(figure));
  else openDialog(figure);
}

/** Keeps `is-full` true to the Fullscreen API, which the reader may also leave with Escape. */
export function followFullScreen(figures: readonly HTMLElement[]): void {
  document.addEventListener('fullscreenchange', () => {
    for (const figure of figures) markFull(figure, document.fullscreenElement === figure);
  });
}
