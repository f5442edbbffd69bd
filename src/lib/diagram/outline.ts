/**
 * A text equivalent of a flowchart: each step with where it leads. Build-time SVG text is invisible to
 * Pagefind and awkward for screen readers, so every diagram ships this list beside it (STACK.md).
 */
import { parseMermaid } from 'beautiful-mermaid';

export interface OutlineLine {
  id: string;
  label: string;
  next: { label: string | undefined; to: string }[];
}

export function outline(drawable: string): OutlineLine[] {
  const graph = parseMermaid(drawable);
  const label = (id: string) => graph.nodes.get(id)?.label ?? id;
  return [...graph.nodes.values()].map((node) => ({
    id: node.id,
    label: node.label,
    next: graph.edges
      .filter((edge) => edge.source === node.id)
      .map((edge) => ({ label: edge.label, to: label(edge.target) })),
  }));
}
