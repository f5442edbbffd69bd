/**
 * Zoom, from 1 (the diagram at its label size: words at 12 px, 22 px in the projector theme; diagram.css)
 * up to MAX_ZOOM. Never below 1, so no word is ever shown smaller than the label size. The zoom is the
 * SVG's `--dg-zoom`, and the point zoomed about stays where it is on screen.
 */
export const MAX_ZOOM = 3;
const STEP = 1.25;

interface Point {
  x: number;
  y: number;
}

export const svgOf = (figure: Element) => figure.querySelector<SVGSVGElement>('svg.diagram-svg');
export const canvasOf = (figure: Element) => figure.querySelector<HTMLElement>('.diagram-canvas');

export function zoomOf(svg: SVGSVGElement): number {
  return Number(svg.style.getPropertyValue('--dg-zoom')) || 1;
}

/** Whether the box scrolls down as well as across (full screen, a slide), or the page does. */
const scrollsDown = (canvas: HTMLElement) => canvas.scrollHeight > canvas.clientHeight + 1;

/** Moves the view by (dx, dy) CSS px: across in the diagram's box, down in the box or else the page. */
export function pan(canvas: HTMLElement, dx: number, dy: number): void {
  canvas.scrollLeft += dx;
  if (scrollsDown(canvas)) canvas.scrollTop += dy;
  else window.scrollBy(0, dy);
}

/** The middle of the part of the box on screen. */
function middle(canvas: HTMLElement): Point {
  const box = canvas.getBoundingClientRect();
  return {
    x: (Math.max(box.left, 0) + Math.min(box.right, window.innerWidth)) / 2,
    y: (Math.max(box.top, 0) + Math.min(box.bottom, window.innerHeight)) / 2,
  };
}

export function zoomTo(figure: HTMLElement, wanted: number, at?: Point): void {
  const [svg, canvas] = [svgOf(figure), canvasOf(figure)];
  if (svg === null || canvas === null) return;
  const zoom = Math.min(MAX_ZOOM, Math.max(1, wanted));
  const point = at ?? middle(canvas);
  const before = svg.getBoundingClientRect();
  const [fx, fy] = [(point.x - before.left) / before.width, (point.y - before.top) / before.height];
  svg.style.setProperty('--dg-zoom', String(zoom));
  const after = svg.getBoundingClientRect();
  pan(canvas, after.left + fx * after.width - point.x, after.top + fy * after.height - point.y);
  // aria-disabled, not disabled: a button that loses its use keeps the focus.
  for (const [action, limit] of [['out', 1], ['in', MAX_ZOOM]] as const) {
    figure.querySelector(`[data-dg-action="${action}"]`)?.setAttribute('aria-disabled', String(zoom === limit));
  }
}

/** One step in (1) or out (-1); a step that ends within 2 % of the label size lands on it. */
export function zoomStep(figure: HTMLElement, direction: 1 | -1, at?: Point): void {
  const svg = svgOf(figure);
  if (svg === null) return;
  const next = zoomOf(svg) * STEP ** direction;
  zoomTo(figure, next < 1.02 ? 1 : next, at);
}
