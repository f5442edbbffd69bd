// Every diagram's Mermaid text stays valid for the official parser (so educators can paste it into
// their own tools), and the build-time SVG is self-contained, accessible and themable.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseMermaid, parseTimeout } from '../support/mermaid-parser';
import { LABEL_PX, renderDiagram, smallestFont } from '../../../src/lib/diagram/render';
import { splitSource } from '../../../src/lib/diagram/source';
import { wrapLabels, wrapText } from '../../../src/lib/diagram/wrap';

const dir = new URL('../../../src/diagrams/', import.meta.url);
const files = readdirSync(dir).filter((name) => name.endsWith('.mmd'));
const sources = files.map((name) => [name, readFileSync(new URL(name, dir), 'utf8')] as const);

describe('diagram sources', () => {
  it('finds the diagram files', () => {
    expect(files).toContain('overview.mmd');
  });

  it.each(sources)('%s is valid Mermaid for the official parser', async (_name, text) => {
    await expect(parseMermaid(text)).resolves.toBeUndefined();
  }, parseTimeout);

  it.each(sources)('%s has an accessible title and description', (_name, text) => {
    const { title, description } = splitSource(text);
    expect(title).toBeTruthy();
    expect(description).toBeTruthy();
  });

  it('rejects broken Mermaid (the check can fail)', async () => {
    await expect(parseMermaid('flowchart TD\n  a -->')).rejects.toThrow();
  }, parseTimeout);
});

describe('renderDiagram', () => {
  const [, overview] = sources.find(([name]) => name === 'overview.mmd') ?? ['', ''];
  const rendered = renderDiagram(overview, 'dg-test', 'Fallback');

  it('makes no external request and needs no CSP hash: no web-font import, no <style>, no remote URL', () => {
    expect(rendered.svg).not.toMatch(/@import|googleapis|<style|https?:\/\/(?!www\.w3\.org)/);
  });

  it('is an image with a title and description for screen readers', () => {
    expect(rendered.svg).toContain('role="img"');
    expect(rendered.svg).toContain('aria-labelledby="dg-test-title dg-test-desc"');
    expect(rendered.svg).toContain('<title id="dg-test-title">ITP after IVIG failure at a glance</title>');
    expect(rendered.svg).toMatch(/<desc id="dg-test-desc">Triage by bleeding first/);
  });

  it('does not draw the accessibility lines as nodes', () => {
    expect(rendered.svg).not.toMatch(/data-label="accTitle|data-label="accDescr/);
  });

  it('carries its drawn size, from which diagram.css sizes it (never squeezed to the column), and starts at its first node', () => {
    expect(rendered).toMatchObject({ width: 696, height: 1243, start: 'bleed' });
    expect(rendered.svg).toMatch(/<svg[^>]* width="696" height="1243"[^>]*--dg-w:696px/);
    expect(rendered.svg).not.toMatch(/<svg[^>]*(max-width|min-width)/);
  });

  it(`draws no word below ${LABEL_PX} px: edge labels are raised from 11 px and their boxes widened about their centre`, () => {
    expect(smallestFont(rendered.svg)).toBe(LABEL_PX);
    const yes = /data-label="yes">\s*<rect x="([\d.]+)" y="[\d.]+" width="([\d.]+)"[^>]*>\s*<text x="([\d.]+)"[^>]*font-size="(\d+)"/.exec(rendered.svg);
    const [x, width, centre, size] = (yes ?? []).slice(1).map(Number);
    expect(size).toBe(LABEL_PX);
    expect(width).toBeCloseTo((35.47 - 16) * (12 / 11) + 16, 1);
    expect((x ?? 0) + (width ?? 0) / 2).toBeCloseTo(centre ?? 0, 0);
  });

  it('prefixes marker ids so several diagrams can share a page', () => {
    expect(rendered.svg).toContain('id="dg-test-arrowhead"');
    expect(rendered.svg).toContain('url(#dg-test-arrowhead)');
    expect(rendered.svg).not.toMatch(/url\(#arrowhead\)/);
  });

  it('keeps stable node ids and turns Mermaid classes into CSS classes, not inline colours', () => {
    expect(rendered.svg).toContain('<g class="node node--emergency" data-id="emergency"');
    expect(rendered.svg).toContain('<g class="node node--decision" data-id="bleed"');
    expect(rendered.svg).not.toContain('#fde8e8');
  });

  it('gives a text equivalent listing each step and where it leads', () => {
    const bleed = rendered.outline.find((line) => line.id === 'bleed');
    expect(bleed?.label).toBe('Life-threatening or organ bleeding?');
    expect(bleed?.next).toEqual([
      { label: 'yes', to: expect.stringContaining('Emergency care now') },
      { label: 'no', to: 'Adequate corticosteroid course already given?' },
    ]);
  });

  it('falls back to the given title when the source has none', () => {
    expect(renderDiagram('flowchart TD\n  a --> b', 'dg-x', 'Plain').title).toBe('Plain');
  });
});

describe('splitSource', () => {
  it('collects class assignments from class lines and ::: shorthand', () => {
    const split = splitSource('flowchart TD\n  a:::warn --> b\n  classDef warn fill:#f00\n  class b,c ok');
    expect(split.classes.get('a')).toEqual(['warn']);
    expect(split.classes.get('b')).toEqual(['ok']);
    expect(split.classes.get('c')).toEqual(['ok']);
    expect(split.drawable).toBe('flowchart TD\n  a --> b');
  });
});

describe('wrapLabels', () => {
  it('wraps long labels at word boundaries', () => {
    expect(wrapText('Splenectomy not before 12 months from diagnosis', 26)).toBe(
      'Splenectomy not before 12<br>months from diagnosis',
    );
  });

  it('wraps diamonds narrower (20 characters) and leaves author-wrapped labels alone', () => {
    expect(wrapLabels('a{"Adequate corticosteroid course already given?"}')).toBe(
      'a{"Adequate<br>corticosteroid<br>course already<br>given?"}',
    );
    expect(wrapLabels('a["Adequate corticosteroid course already given?"]')).toBe(
      'a["Adequate corticosteroid<br>course already given?"]',
    );
    expect(wrapLabels('a["one<br>two three four five six seven"]')).toBe('a["one<br>two three four five six seven"]');
  });
});
