/** The pregnancy part of the graph: its nodes, and the check rows a pregnancy brings. */
import { pregnancyNodes } from '../nodes/pregnancy';
import type { AlgorithmPart } from '../types';
import { pregnancyOptionRules } from './pregnancy-rules';

export const pregnancyPart: AlgorithmPart = { id: 'pregnancy', nodes: pregnancyNodes, rules: pregnancyOptionRules };
