/**
 * The algorithm's parts on a page: each population's part of the graph (the adults', the children's, the
 * pregnancy nodes and rules) is a script of its own (on-choice/<part>.ts), loaded as soon as the case's age
 * and pregnancy answer say which it needs, so the walker stays within its JavaScript budget
 * (shared/on-choice.ts says how).
 */
import type { AlgorithmPart, AlgorithmPartId } from '../../engine';
import { handOver, type Loaded } from '../shared/on-choice';

export type PartRules = Loaded<AlgorithmPartId, AlgorithmPart>;

/** Called by a part's script as it runs. */
export function handOverPart(part: AlgorithmPart): void {
  handOver(part.id, part);
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** What a part's script handed over, if it is that part of the graph. */
export function readPart(id: AlgorithmPartId, rules: unknown): AlgorithmPart | undefined {
  if (!isRecord(rules) || rules.id !== id || !Array.isArray(rules.nodes) || !Array.isArray(rules.rules)) return undefined;
  // Checked above field by field; the part comes from this site's own script for it.
  return rules as unknown as AlgorithmPart;
}
