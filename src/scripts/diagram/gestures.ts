/**
 * Pan and zoom by pointer and keyboard on a diagram's box. A finger pans it natively (the box scrolls) and a
 * two-finger pinch zooms the page as usual; a mouse drags it; Ctrl or ⌘ with the wheel (and a touchpad's
 * pinch, which sends the same) zooms about the pointer; with the box focused, the arrow keys scroll it and
 * + − 0 zoom in, out and back to the label size.
 */
import { pan, zoomOf, zoomStep, zoomTo } from './zoom';

export function listenForGestures(figure: HTMLElement, canvas: HTMLElement, svg: SVGSVGElement): void {
  let last: { x: number; y: number } | undefined;
  canvas.addEventListener('pointerdown', (event) => {
    if (event.pointerType !== 'mouse' || event.button !== 0) return;
    canvas.setPointerCapture(event.pointerId);
    canvas.classList.add('is-dragging');
    last = { x: event.clientX, y: event.clientY };
  });
  canvas.addEventListener('pointermove', (event) => {
    if (last === undefined) return;
    pan(canvas, last.x - event.clientX, last.y - event.clientY);
    last = { x: event.clientX, y: event.clientY };
  });
  const end = () => {
    last = undefined;
    canvas.classList.remove('is-dragging');
  };
  canvas.addEventListener('pointerup', end);
  canvas.addEventListener('pointercancel', end);
  canvas.addEventListener('wheel', (event) => {
    if (!event.ctrlKey && !event.metaKey) return;
    event.preventDefault();
    zoomTo(figure, zoomOf(svg) * Math.exp(-event.deltaY / 300), { x: event.clientX, y: event.clientY });
  }, { passive: false });
  canvas.addEventListener('keydown', (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === '+' || event.key === '=') zoomStep(figure, 1);
    else if (event.key === '-') zoomStep(figure, -1);
    else if (event.key === '0') zoomTo(figure, 1);
    else return;
    event.preventDefault();
  });
}
