/** The graph's data holds together: ids, links, reachability, citations, labels and the check rules. */
import { describe, expect, it } from 'vitest';
import { citationKey, referenceKeys } from '../../../../src/engine/citations';
import { algorithmNodes, linksFrom, nodeById, optionRules, startNodeId } from '../../../../src/engine/algorithm/graph';
import { optionCatalogue } from '../../../../src/engine/algorithm/options';
import { urgencyRules } from '../../../../src/engine/algorithm/urgency';
import { optionIds } from '../../../../src/engine/algorithm/vocabulary';

const keys: readonly string[] = referenceKeys;

describe('algorithm graph', () => {
  it('has unique kebab-case ids', () => {
    const ids = algorithmNodes.map((node) => node.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
  });

  it('links only to nodes that exist, reaches every node from the start, and has no cycle', () => {
    const reached = new Set<string>();
    const visit = (id: string, trail: string[]): void => {
      expect(trail, `cycle through ${id}`).not.toContain(id);
      reached.add(id);
      const node = nodeById.get(id);
      expect(node, `link to unknown node ${id}`).toBeDefined();
      if (node) for (const link of linksFrom(node)) visit(link.to, [...trail, id]);
    };
    visit(startNodeId, []);
    expect([...reached].sort()).toEqual(algorithmNodes.map((node) => node.id).sort());
  });

  it('ends only at the shared-decision node', () => {
    expect(algorithmNodes.filter((node) => linksFrom(node).length === 0).map((node) => node.id)).toEqual(['shared-decision']);
  });

  it('gives every decision labelled branches', () => {
    for (const node of algorithmNodes) {
      if (node.kind !== 'decision') continue;
      expect(node.label, node.id).toContain('?');
      for (const link of linksFrom(node)) expect(link.label, `${node.id} → ${link.to}`).toBeTruthy();
    }
  });

  it('cites only reference keys that exist (src/engine/citations.ts)', () => {
    const citations = [
      ...algorithmNodes.flatMap((node) => [
        ...node.citations,
        ...('offers' in node ? (node.offers ?? []).flatMap((offer) => [...offer.citations, ...(offer.grades ?? []).map((g) => g.recommendation)]) : []),
        ...('notes' in node ? (node.notes ?? []).map((note) => note.citation ?? 'ash-2019') : []),
      ]),
      ...optionRules.flatMap((rule) => rule.citations),
      ...Object.values(optionCatalogue).flatMap((entry) => entry.citations),
      ...urgencyRules.map((rule) => rule.citation),
    ];
    for (const citation of citations) expect(keys, citation).toContain(citationKey(citation));
  });

  it('writes labels Mermaid and beautiful-mermaid can hold: no quotes, angle brackets, brackets, pipes or semicolons', () => {
    for (const node of algorithmNodes) {
      // Long labels make the build-time SVG too wide to read on a page; the detail carries the rest.
      expect(node.label.length, node.id).toBeLessThanOrEqual(node.kind === 'decision' ? 45 : 130);
      expect(node.label, node.id).not.toMatch(/["<>[\]{}|;#*]/);
      for (const link of linksFrom(node)) expect(link.label ?? '', node.id).not.toMatch(/["<>()[\]{}|;#*]/);
    }
  });

  it('offers every option somewhere, and no unknown option', () => {
    const offered = new Set(algorithmNodes.flatMap((node) => ('offers' in node ? (node.offers ?? []).map((offer) => offer.option) : [])));
    expect([...offered].sort()).toEqual([...optionIds].sort());
  });

  it('names an option offered twice (one reason for adults, one for children) once in the diagram', () => {
    expect(nodeById.get('rapid-rise')?.label).toBe('Rapid rise: methylprednisolone pulse, multi-agent rescue after failures, if bleeding or below 10');
  });

  // A check node's words (label and detail) must name every option its rules act on.
  const namedAs: Record<string, string> = {
    'methylprednisolone-pulse': 'methylprednisolone',
    'dexamethasone-high-dose': 'dexamethasone',
    'other-immunosuppressant': 'other immunosuppressants',
  };
  it.each(optionRules.map((rule) => [rule.check, rule.option, rule.effect] as const))('%s names %s (%s)', (check, optionId) => {
    const node = nodeById.get(check);
    expect(node?.kind).toBe('check');
    const words = namedAs[optionId] ?? optionCatalogue[optionId].label;
    expect(`${node?.label} ${node?.detail}`.toLowerCase()).toContain(words.toLowerCase());
  });

  it('ties every check node to at least one rule', () => {
    const checks = algorithmNodes.filter((node) => node.kind === 'check').map((node) => node.id);
    for (const check of checks) expect(optionRules.some((rule) => rule.check === check), check).toBe(true);
  });
});
