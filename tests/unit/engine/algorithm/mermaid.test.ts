import { parseMermaid as parseWithBeautifulMermaid } from 'beautiful-mermaid';
import { describe, expect, it } from 'vitest';
import { toMermaid } from '../../../../src/engine/algorithm/mermaid';
import { algorithmOutline, algorithmText } from '../../../../src/engine/algorithm/text';
import { algorithmNodes, linksFrom } from '../../../../src/engine/algorithm/graph';
import { parseMermaid, parseTimeout } from '../../support/mermaid-parser';

const text = toMermaid();
const lines = text.split('\n').map((line) => line.trim());

describe('toMermaid()', () => {
  it('is valid Mermaid for the official parser', async () => {
    await expect(parseMermaid(text)).resolves.toBeUndefined();
  }, parseTimeout);

  it('is a top-down flowchart with an accessible title and description', () => {
    expect(lines[0]).toBe('flowchart TD');
    expect(lines[1]).toBe('accTitle: ITP treatment algorithm after IVIG failure');
    expect(lines[2]).toMatch(/^accDescr: Life-threatening bleeding goes to emergency care first\./);
  });

  it('draws every node once with its id, label and shape', () => {
    for (const node of algorithmNodes) {
      const open = node.kind === 'decision' ? '{"' : node.kind === 'start' || node.kind === 'end' ? '(["' : '["';
      expect(lines.filter((line) => line.startsWith(`${node.id}${open}`)), node.id).toEqual([
        expect.stringContaining(node.label),
      ]);
    }
  });

  it('draws every link, labelled where the graph labels it', () => {
    const edges = algorithmNodes.flatMap((node) => linksFrom(node).map((link) =>
      link.label ? `${node.id} -->|${link.label}| ${link.to}` : `${node.id} --> ${link.to}`));
    expect(lines.filter((line) => line.includes('-->'))).toEqual(edges);
  });

  it('styles emergency, decision and option nodes by class', () => {
    for (const name of ['emergency', 'decision', 'option', 'check', 'action', 'terminal']) {
      expect(lines.some((line) => line.startsWith(`classDef ${name} fill:`)), name).toBe(true);
    }
    expect(lines).toContain('class emergency-care emergency');
    expect(lines.find((line) => line.endsWith(' decision') && line.startsWith('class '))).toContain('bleeding-life-threatening');
    expect(lines.find((line) => line.endsWith(' option') && line.startsWith('class '))).toContain('adult-second-line');
  });

  it('is read the same by beautiful-mermaid, which the site renders with (accTitle and accDescr lines removed, as the site does)', () => {
    const graph = parseWithBeautifulMermaid(lines.filter((line) => !line.startsWith('acc')).join('\n'));
    expect([...graph.nodes.keys()]).toEqual(algorithmNodes.map((node) => node.id));
    for (const node of algorithmNodes) expect(graph.nodes.get(node.id)?.label).toBe(node.label);
    expect(graph.edges).toHaveLength(algorithmNodes.flatMap(linksFrom).length);
    expect(graph.classAssignments.get('emergency-care')).toBe('emergency');
  });
});

describe('algorithmOutline() and algorithmText()', () => {
  it('gives the same graph as plain data, with step numbers on the links', () => {
    const outline = algorithmOutline();
    expect(outline.map((node) => node.id)).toEqual(algorithmNodes.map((node) => node.id));
    expect(outline[1]?.next).toEqual([
      { label: 'yes', to: 'emergency-care', step: 3 },
      { label: 'no', to: 'rapid-rise-needed', step: 4 },
    ]);
    expect(outline[7]?.detail).toBeUndefined();
    expect(JSON.parse(JSON.stringify(outline))).toStrictEqual(outline);
  });

  const outline = algorithmText();

  it('says every node in words, numbered in drawing order, with where to go next and its sources', () => {
    expect(outline).toHaveLength(algorithmNodes.length);
    expect(outline[0]).toBe('1. Start: ITP, low count after IVIG. Assess bleeding first. Next: step 2. Sources: icr-2019.');
    expect(outline[3]).toBe('4. Question: Rapid rise needed? Mucosal bleeding; a procedure or delivery planned with a count below 50 ×10⁹/L; or an adult with a count below 10 ×10⁹/L, or below 20 ×10⁹/L if newly diagnosed. If yes: step 5. If no: step 6. Sources: icr-2019, ash-2019 rec 2a, piel-julian-2018.');
    expect(outline[7]).toBe('8. Question: Pregnant? If yes: step 9. If no: step 13. Sources: ash-2011, icr-2019.');
    expect(outline.at(-1)).toBe('31. End: Choose with the patient. The options are ranked; weigh their trade-offs together, as the recommendations are conditional. Sources: ash-2019.');
  });
});
