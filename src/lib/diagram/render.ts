/**
 * Mermaid → inline SVG at build time with beautiful-mermaid: no Mermaid JavaScript in the reader's browser
 * (client-side Mermaid costs 251 KiB gzip and a Lighthouse performance drop: STACK.md).
 * The output is cleaned so that it makes no external request (the renderer embeds a web-font @import),
 * does not shift layout (fixed width/height → fluid width with a max-width), keeps marker ids unique when a
 * page holds several diagrams, and carries role="img" with a <title> and <desc> for screen readers.
 */
import { renderMermaidSVG } from 'beautiful-mermaid';
import { splitSource } from './source';
import { outline, type OutlineLine } from './outline';
import { wrapLabels } from './wrap';
import { escapeHtml } from '../citations/escape';

export interface RenderedDiagram {
  svg: string;
  title: string;
  description: string;
  outline: OutlineLine[];
}

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

// Colours come from Starlight's theme variables, so the diagram follows the light/dark toggle.
const COLOURS = {
  bg: 'var(--sl-color-bg)',
  fg: 'var(--sl-color-white)',
  line: 'var(--sl-color-gray-3)',
  accent: 'var(--sl-color-gray-2)',
  transparent: true,
  font: FONT,
} as const;

function addNodeClasses(svg: string, classes: Map<string, string[]>): string {
  return svg.replace(/<g class="node" data-id="([^"]+)"/g, (match, id: string) => {
    const names = classes.get(id);
    return names ? `<g class="node ${names.map((n) => `node--${n}`).join(' ')}" data-id="${id}"` : match;
  });
}

export function renderDiagram(text: string, idPrefix: string, fallbackTitle: string): RenderedDiagram {
  const source = splitSource(text);
  const title = source.title ?? fallbackTitle;
  const description = source.description ?? '';
  let svg = renderMermaidSVG(wrapLabels(source.drawable), COLOURS);
  // The renderer's <style> (a web-font @import and derived colour variables) would need its own CSP hash
  // and fetch a font: drop it; diagram.css carries the same variables for every diagram.
  svg = svg.replace(/<style>[\s\S]*?<\/style>/, '');
  svg = svg.replace(/ id="(arrowhead[\w-]*)"/g, ` id="${idPrefix}-$1"`).replace(/url\(#(arrowhead[\w-]*)\)/g, `url(#${idPrefix}-$1)`);
  svg = svg.replace(
    /<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="([^"]+)" width="([\d.]+)" height="([\d.]+)" style="([^"]*)">/,
    (_m, viewBox: string, width: string, _height: string, style: string) =>
      `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${viewBox}" width="100%" role="img" aria-labelledby="${idPrefix}-title ${idPrefix}-desc" class="diagram-svg" style="${style};max-width:${Math.ceil(Number(width))}px;min-width:min(${Math.ceil(Number(width) * 0.7)}px, 100vw)">` +
      `<title id="${idPrefix}-title">${escapeHtml(title)}</title><desc id="${idPrefix}-desc">${escapeHtml(description)}</desc>`,
  );
  svg = addNodeClasses(svg, source.classes);
  if (svg.includes('<style') || /https?:\/\/(?!www\.w3\.org)/.test(svg)) {
    throw new Error(`Diagram "${title}" still references an external resource after cleaning.`);
  }
  return { svg, title, description, outline: outline(source.drawable) };
}
