/**
 * The treatment algorithm as one graph: the nodes in drawing order, the node the walk starts from, and a
 * lookup by id. recommend() walks this graph and toMermaid() draws it; there is no second copy.
 */
import { adultFirstLineNodes } from './nodes/adult-first-line';
import { adultSecondLineNodes } from './nodes/adult-second-line';
import { checkNodes } from './nodes/checks';
import { childNodes } from './nodes/children';
import { pregnancyNodes } from './nodes/pregnancy';
import { triageNodes } from './nodes/triage';
import type { AlgorithmNode, Link } from './types';

export const algorithmNodes: readonly AlgorithmNode[] = [
  ...triageNodes, ...pregnancyNodes, ...childNodes, ...adultFirstLineNodes, ...adultSecondLineNodes, ...checkNodes,
];

export const startNodeId = 'case-start';

export const nodeById: ReadonlyMap<string, AlgorithmNode> = new Map(algorithmNodes.map((node) => [node.id, node]));

/** Every arrow leaving a node, in drawing order. */
export function linksFrom(node: AlgorithmNode): Link[] {
  if (node.kind === 'decision') return [...node.branches, node.otherwise];
  return node.next ? [node.next] : [];
}
