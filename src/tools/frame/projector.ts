/**
 * The projector theme never shrinks a diagram below its drawn size, so its words stay at their drawn
 * 13 px on a hall's screen instead of shrinking with the frame (the algorithm is drawn 1,590 px wide; in
 * a 1,000 px frame it would otherwise show its words at 8 px). A narrower frame scrolls the diagram sideways
 * in its own box. The drawn size is the SVG's viewBox, written by the renderer at build time, which CSS
 * cannot read.
 */
export function keepDiagramsFullSize(): void {
  for (const svg of document.querySelectorAll<SVGSVGElement>('svg.diagram-svg')) {
    const drawn = svg.viewBox.baseVal.width;
    if (drawn > 0) svg.style.minWidth = `${Math.ceil(drawn)}px`;
  }
}
