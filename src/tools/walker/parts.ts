/**
 * The algorithm's parts on a page: each population's part of the graph (the adults', the children's, the
 * pregnancy nodes and rules) is a script of its own (on-choice/<script>.ts), loaded as soon as the case's age
 * and pregnancy answer say which it needs, so the walker stays within its JavaScript budget
 * (shared/on-choice.ts says how). A pregnant child's case needs the children's check rows but never their
 * nodes (the graph asks about pregnancy first), so it loads the rows alone (child-in-pregnancy), with the
 * pregnancy part: less than the whole children's part.
 */
import { algorithmPartIds, type AlgorithmPart, type AlgorithmPartId, type AlgorithmParts } from '../../engine';
import { handOver, type Loaded } from '../shared/on-choice';

/** The parts' scripts: one per part, and the children's rows alone for a pregnant child. */
export const partScripts = [...algorithmPartIds, 'child-in-pregnancy'] as const;
export type PartScript = (typeof partScripts)[number];

export type PartRules = Loaded<PartScript, AlgorithmPart>;

/** Called by a part's script as it runs. */
export function handOverPart(script: PartScript, part: AlgorithmPart): void {
  handOver(script, part);
}

/** The scripts that carry the parts a case needs (engine partsFor): a pregnant child's child part is its rows alone. */
export function scriptsFor(parts: readonly AlgorithmPartId[]): PartScript[] {
  return parts.map((part) => (part === 'child' && parts.includes('pregnancy') ? 'child-in-pregnancy' : part));
}

/** The parts to walk with, from the scripts that have run; the whole children's part serves a pregnant child too. */
export function carriedParts(have: PartRules['have'], scripts: readonly PartScript[]): AlgorithmParts {
  const child = scripts.includes('child-in-pregnancy') ? (have['child-in-pregnancy'] ?? have.child) : have.child;
  return {
    ...(have.adult === undefined ? {} : { adult: have.adult }),
    ...(have.pregnancy === undefined ? {} : { pregnancy: have.pregnancy }),
    ...(child === undefined ? {} : { child }),
  };
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** What a part's script handed over, if it is the part that script carries. */
export function readPart(script: PartScript, rules: unknown): AlgorithmPart | undefined {
  const id = script === 'child-in-pregnancy' ? 'child' : script;
  if (!isRecord(rules) || rules.id !== id || !Array.isArray(rules.nodes) || !Array.isArray(rules.rules)) return undefined;
  // Checked above field by field; the part comes from this site's own script for it.
  return rules as unknown as AlgorithmPart;
}
