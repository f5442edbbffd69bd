/**
 * The walker: reads the case, sets the urgency, then walks the graph from its start node. Decision nodes
 * pick the first branch whose condition holds; step nodes gather options, notes and advice; check nodes
 * apply their rules to what has been gathered. The result carries the ranked options, the path of node
 * ids (for highlighting the diagram) and, as warnings, every note and left-out option with its reason.
 */
import { ok, type Note, type Result } from '../result';
import { addOffer, applyCheck, rankOptions, type Candidate } from './candidates';
import { readCase } from './case-input';
import { optionFailedBefore, toFacts } from './facts';
import { nodeById, startNodeId } from './graph';
import type { AlgorithmNode, CaseFacts, Recommendation, StepNode } from './types';
import { assessUrgency } from './urgency';

interface Walk {
  path: string[];
  candidates: Candidate[];
  prefix: string[];
  notes: Note[];
}

function nextNode(node: AlgorithmNode, facts: CaseFacts): AlgorithmNode | undefined {
  const link = node.kind === 'decision' ? (node.branches.find((branch) => branch.when(facts)) ?? node.otherwise) : node.next;
  return link && nodeById.get(link.to);
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

/**
 * @example recommend({ ageYears: 45, count: 25, bleeding: 'none', monthsSinceDiagnosis: 1,
 *   prior: [{ therapy: 'ivig', outcome: 'no-response' }] })
 *   // ok: urgency 'routine', options [dexamethasone-high-dose], path ending 'corticosteroids-first', checks, 'shared-decision'
 */
export function recommend(input: unknown): Result<Recommendation> {
  const read = readCase(input);
  if (!read.ok) return read;
  const facts = toFacts(read.value);
  const { urgency, notes } = assessUrgency(facts);
  const walk: Walk = { path: [], candidates: [], prefix: [], notes };
  for (let node = nodeById.get(startNodeId); node; node = nextNode(node, facts)) {
    walk.path.push(node.id);
    if (node.kind === 'check') walk.candidates = applyCheck(node.id, facts, walk.candidates, walk.notes);
    else if (node.kind !== 'decision') visitStep(node, facts, walk);
  }
  return ok({ urgency, options: rankOptions(walk.candidates), path: walk.path }, walk.notes);
}
