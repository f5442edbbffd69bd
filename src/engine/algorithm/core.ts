/**
 * The part of the graph every walk needs, whatever the population: the triage at the start, the age
 * question, the checks at the end, and the check rows that hold for every patient. The populations' own
 * nodes and rows are their parts (parts/adult.ts, child.ts, pregnancy.ts).
 */
import { checkNodes } from './nodes/checks';
import { ageNode, triageNodes } from './nodes/triage';
import type { AlgorithmNode } from './types';

export { coreOptionRules } from './option-rules';

export const startNodeId = 'case-start';

export const coreNodes: readonly AlgorithmNode[] = [...triageNodes, ageNode, ...checkNodes];
