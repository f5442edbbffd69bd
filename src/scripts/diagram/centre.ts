/**
 * Scrolls a diagram's box so that `target` is in the middle of it across (and a little below its top when
 * the box scrolls down too: full screen, a slide), without scrolling the page: a diagram wider than its box
 * opens on where it starts, and the walker's on where the walked path ends, not on its empty left edge.
 */
export function centreOn(canvas: Element, target: Element | null): void {
  if (target === null) return;
  const box = target.getBoundingClientRect();
  const view = canvas.getBoundingClientRect();
  canvas.scrollLeft += box.left + box.width / 2 - (view.left + canvas.clientWidth / 2);
  if (canvas.scrollHeight > canvas.clientHeight) canvas.scrollTop += box.top - view.top - canvas.clientHeight / 4;
}
