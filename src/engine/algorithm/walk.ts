/**
 * The walker, over the parts of the graph a caller carries: reads the case, sets the urgency, then walks the
 * graph from its start node. Decision nodes pick the first branch whose condition holds; step nodes gather
 * options, notes and advice; check nodes apply their rules to what has been gathered. The result carries the
 * ranked options, the path of node ids (for highlighting the diagram) and, as warnings, every note and
 * left-out option with its reason.
 *
 * A page loads the part its case needs (`partsFor`) and passes the parts it has; the contract's `recommend`
 * passes all three (recommend.ts). With every part a case needs, the answer is the contract's own.
 */
import { fail, ok, type Note, type Result } from '../result';
import { isRecord } from '../validate';
import { addOffer, applyCheck, rankOptions, type Candidate } from './candidates';
import { readCase } from './case-input';
import { coreNodes, coreOptionRules, startNodeId } from './core';
import { optionFailedBefore, toFacts } from './facts';
import { thresholds } from './thresholds';
import type { AlgorithmNode, AlgorithmPart, AlgorithmParts, CaseFacts, Recommendation, StepNode } from './types';
import { assessUrgency } from './urgency';
import { algorithmPartIds, type AlgorithmPartId } from './vocabulary';

interface Walk {
  path: string[];
  candidates: Candidate[];
  prefix: string[];
  notes: Note[];
}

function visitStep(node: StepNode, facts: CaseFacts, walk: Walk): void {
  for (const offer of node.offers ?? []) {
    if (!offer.when || offer.when(facts)) addOffer(walk.candidates, offer, [...walk.prefix], optionFailedBefore(facts, offer.option));
  }
  for (const { when, ...note } of node.notes ?? []) {
    if (!when || when(facts)) walk.notes.push(note);
  }
  if (node.rationalePrefix) walk.prefix.push(node.rationalePrefix);
}

/** The parts a case's walk needs: a pregnancy's, a child's (its rules apply in pregnancy too), else an adult's. */
function partsOf(facts: Pick<CaseFacts, 'ageYears' | 'pregnant'>): AlgorithmPartId[] {
  const child = facts.ageYears < thresholds.adultFromYears;
  return [...(facts.pregnant ? ['pregnancy' as const] : []), ...(child ? ['child' as const] : []), ...(!facts.pregnant && !child ? ['adult' as const] : [])];
}

/**
 * The parts of the graph a case needs, from its age and pregnancy alone, so that a page can load them while
 * the rest is typed: none until the age is a number.
 * @example partsFor({ ageYears: 45 }) // ['adult']
 * @example partsFor({ ageYears: 16, pregnant: true }) // ['pregnancy', 'child']
 */
export function partsFor(input: { ageYears?: unknown; pregnant?: unknown }): AlgorithmPartId[] {
  if (!isRecord(input)) return [];
  const { ageYears } = input;
  if (typeof ageYears !== 'number' || !Number.isFinite(ageYears)) return [];
  return partsOf({ ageYears, pregnant: input.pregnant === true });
}

const isPart = (value: unknown, id: AlgorithmPartId): value is AlgorithmPart =>
  isRecord(value) && value.id === id &&
  Array.isArray(value.nodes) && value.nodes.every((node) => isRecord(node) && typeof node.id === 'string' && typeof node.kind === 'string') &&
  Array.isArray(value.rules) && value.rules.every((rule) => isRecord(rule) && typeof rule.when === 'function');

/**
 * The parts a caller carries, each as the engine wrote it (the pages load them as separate scripts, so not
 * the same objects): anything else is not carried, and a case that needs it fails on `parts`.
 */
function readParts(given: unknown): AlgorithmParts {
  if (!isRecord(given)) return {};
  return Object.fromEntries(algorithmPartIds.flatMap((id) => (isPart(given[id], id) ? [[id, given[id]]] : [])));
}

const partNames: Record<AlgorithmPartId, string> = { adult: 'adults', child: 'children', pregnancy: 'pregnancy' };

/**
 * `recommend` over the parts a caller carries: a case that needs a part the caller lacks fails on `parts`,
 * saying which.
 * @example recommendWith({ adult: adultPart })({ ageYears: 45, count: 25, bleeding: 'none', monthsSinceDiagnosis: 1,
 *   prior: [{ therapy: 'ivig', outcome: 'no-response' }] })
 *   // ok: urgency 'routine', options [dexamethasone-high-dose], path ending 'corticosteroids-first', checks, 'shared-decision'
 */
export function recommendWith(given: AlgorithmParts): (input: unknown) => Result<Recommendation> {
  const parts = readParts(given);
  const carried = Object.values(parts);
  const nodes = new Map<string, AlgorithmNode>([...coreNodes, ...carried.flatMap((part) => part.nodes)].map((node) => [node.id, node]));
  // The rows every patient has first, then each part's, in one fixed order whatever the order carried.
  const rules = [...coreOptionRules, ...(['child', 'pregnancy', 'adult'] as const).flatMap((id) => parts[id]?.rules ?? [])];
  return (input) => {
    const read = readCase(input);
    if (!read.ok) return read;
    const facts = toFacts(read.value);
    const missing = partsOf(facts).filter((id) => parts[id] === undefined);
    if (missing.length > 0) {
      return fail([{ field: 'parts', message: `This page does not carry the algorithm for ${missing.map((id) => partNames[id]).join(' and ')}: use the walker on the Algorithm page.` }]);
    }
    const { urgency, notes } = assessUrgency(facts);
    const walk: Walk = { path: [], candidates: [], prefix: [], notes };
    for (let node = nodes.get(startNodeId); node; node = nextNode(node, facts, nodes)) {
      walk.path.push(node.id);
      if (node.kind === 'check') walk.candidates = applyCheck(rules, node.id, facts, walk.candidates, walk.notes);
      else if (node.kind !== 'decision') visitStep(node, facts, walk);
    }
    return ok({ urgency, options: rankOptions(walk.candidates), path: walk.path }, walk.notes);
  };
}

function nextNode(node: AlgorithmNode, facts: CaseFacts, nodes: ReadonlyMap<string, AlgorithmNode>): AlgorithmNode | undefined {
  const link = node.kind === 'decision' ? (node.branches.find((branch) => branch.when(facts)) ?? node.otherwise) : node.next;
  return link && nodes.get(link.to);
}
