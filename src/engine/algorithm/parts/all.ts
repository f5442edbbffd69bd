/** The three parts together, for the contract's `recommend` and the whole graph (graph.ts). */
import type { AlgorithmPart, AlgorithmParts } from '../types';
import type { AlgorithmPartId } from '../vocabulary';
import { adultPart } from './adult';
import { childPart } from './child';
import { pregnancyPart } from './pregnancy';

export const allParts: Readonly<Record<AlgorithmPartId, AlgorithmPart>> & AlgorithmParts = {
  adult: adultPart,
  child: childPart,
  pregnancy: pregnancyPart,
};
