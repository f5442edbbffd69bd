/**
 * Build time only (Tool.astro reads it; the walker's script never imports it): each algorithm node's label,
 * from the engine's outline, so the walker says its path in the diagram's own words.
 */
import { algorithmOutline } from '../../engine';

export function buildData(): Record<string, unknown> {
  return { labels: Object.fromEntries(algorithmOutline().map((node) => [node.id, node.label])) };
}
