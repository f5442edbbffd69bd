/** The adults' part of the graph: first line, then second line (guidelines.md §1.2, §1.5); no check rows of its own. */
import { adultFirstLineNodes } from '../nodes/adult-first-line';
import { adultSecondLineNodes } from '../nodes/adult-second-line';
import type { AlgorithmPart } from '../types';

export const adultPart: AlgorithmPart = { id: 'adult', nodes: [...adultFirstLineNodes, ...adultSecondLineNodes], rules: [] };
