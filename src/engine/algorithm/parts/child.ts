/** The children's part of the graph: their nodes after the age question, and the check rows a child brings. */
import { childNodes } from '../nodes/children';
import type { AlgorithmPart } from '../types';
import { childOptionRules } from './child-rules';

export const childPart: AlgorithmPart = { id: 'child', nodes: childNodes, rules: childOptionRules };
