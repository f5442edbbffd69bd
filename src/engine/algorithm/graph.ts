/**
 * The treatment algorithm as one graph: every node in drawing order, the node the walk starts from, a lookup
 * by id, and the check rows of every part. toMermaid() draws this graph and recommend() walks it (over all
 * its parts, walk.ts); there is no second copy. The populations' parts sit where they have always been drawn:
 * the pregnancy nodes after the triage, the children's after the age question, then the adults'.
 */
import { startNodeId } from './core';
import { checkNodes } from './nodes/checks';
import { ageNode, triageNodes } from './nodes/triage';
import { coreOptionRules, type OptionRule } from './option-rules';
import { allParts } from './parts/all';
import type { AlgorithmNode, Link } from './types';

export { startNodeId };

const { adult, child, pregnancy } = allParts;

export const algorithmNodes: readonly AlgorithmNode[] = [
  ...triageNodes, ...pregnancy.nodes, ageNode, ...child.nodes, ...adult.nodes, ...checkNodes,
];

export const nodeById: ReadonlyMap<string, AlgorithmNode> = new Map(algorithmNodes.map((node) => [node.id, node]));

/** Every check row: those for every patient, then each part's. */
export const optionRules: readonly OptionRule[] = [...coreOptionRules, ...child.rules, ...pregnancy.rules, ...adult.rules];

/** Every arrow leaving a node, in drawing order. */
export function linksFrom(node: AlgorithmNode): Link[] {
  if (node.kind === 'decision') return [...node.branches, node.otherwise];
  return node.next ? [node.next] : [];
}
