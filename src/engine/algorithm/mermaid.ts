/**
 * Draws the algorithm graph as a Mermaid flowchart. Only plain flowchart syntax is used (node shapes
 * `id["…"]`, `id{"…"}`, `id(["…"])`, labelled edges, classDef/class) because the site renders it at build
 * time with beautiful-mermaid, which supports only that subset; a test checks it with the official parser.
 */
import { algorithmNodes, linksFrom } from './graph';
import type { AlgorithmNode, NodeKind } from './types';

const title = 'ITP treatment algorithm after IVIG failure';
const description =
  'Life-threatening bleeding goes to emergency care first. Then a rapid rise if needed, a re-check of the diagnosis after first-line failure, and separate routes for pregnancy, children and adults lead to ranked options, which are checked against earlier treatments, age, pregnancy and timing before the patient and clinician choose.';

/** One class per kind of node, so the site's stylesheet (or an educator's tool) can colour them. */
const classOf = {
  start: 'terminal', end: 'terminal', decision: 'decision', emergency: 'emergency',
  option: 'option', action: 'action', check: 'check',
} as const satisfies Record<NodeKind, string>;
type ClassName = (typeof classOf)[NodeKind];

const classDefs: Record<ClassName, string> = {
  terminal: 'fill:#eef2f7,stroke:#475569,color:#0f172a',
  decision: 'fill:#fff7e6,stroke:#b45309,color:#431407',
  emergency: 'fill:#fde8e8,stroke:#b91c1c,color:#7f1d1d,stroke-width:2px',
  option: 'fill:#e8f5ee,stroke:#15803d,color:#052e16',
  action: 'fill:#eef2ff,stroke:#4338ca,color:#1e1b4b',
  check: 'fill:#f5f3ff,stroke:#6d28d9,color:#2e1065',
};

function shape(node: AlgorithmNode): string {
  if (node.kind === 'decision') return `${node.id}{"${node.label}"}`;
  if (node.kind === 'start' || node.kind === 'end') return `${node.id}(["${node.label}"])`;
  return `${node.id}["${node.label}"]`;
}

function edges(node: AlgorithmNode): string[] {
  return linksFrom(node).map((link) => (link.label ? `${node.id} -->|${link.label}| ${link.to}` : `${node.id} --> ${link.to}`));
}

/**
 * @example toMermaid().split('\n')[0] // 'flowchart TD'
 */
export function toMermaid(): string {
  // Only the classes some node uses, so no `class` line is ever empty.
  const used = [...new Set(algorithmNodes.map((node) => classOf[node.kind]))];
  const members = (name: ClassName): string =>
    algorithmNodes.filter((node) => classOf[node.kind] === name).map((node) => node.id).join(',');
  return [
    'flowchart TD',
    `accTitle: ${title}`,
    `accDescr: ${description}`,
    ...algorithmNodes.map(shape),
    ...algorithmNodes.flatMap(edges),
    ...used.map((name) => `classDef ${name} ${classDefs[name]}`),
    ...used.map((name) => `class ${members(name)} ${name}`),
  ].map((line, index) => (index === 0 ? line : `  ${line}`)).join('\n');
}
