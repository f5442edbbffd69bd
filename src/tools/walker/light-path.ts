/**
 * Lights the walked path on the build-time diagram already on the page: the class `is-on-path` on each
 * visited node (`g.node[data-id]`) and on each edge between consecutive nodes (`polyline.edge[data-from]
 * [data-to]`); diagram.css styles it. Whatever was lit before is cleared first. A diagram wider than its box
 * then shows where the path ends (its box scrolls there, never the page), unless a quiz still hides the answer.
 */
import { centreOn } from '../../scripts/diagram/centre';

const ON = 'is-on-path';

export function lightPath(path: readonly string[], root: ParentNode = document): void {
  for (const lit of root.querySelectorAll(`svg .${ON}`)) lit.classList.remove(ON);
  const light = (selector: string) => {
    for (const element of root.querySelectorAll(selector)) element.classList.add(ON);
  };
  path.forEach((id, index) => {
    light(`svg g.node[data-id="${CSS.escape(id)}"]`);
    const from = path[index - 1];
    if (from !== undefined) light(`svg polyline.edge[data-from="${CSS.escape(from)}"][data-to="${CSS.escape(id)}"]`);
  });
  const end = root.querySelector(`svg g.node[data-id="${CSS.escape(path.at(-1) ?? '')}"]`);
  const canvas = end?.closest('.diagram-canvas');
  if (end && canvas && document.documentElement.dataset.answer !== 'hidden') centreOn(canvas, end);
}
