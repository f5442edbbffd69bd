/**
 * Mermaid → inline SVG at build time with beautiful-mermaid: no Mermaid JavaScript in the reader's browser
 * (client-side Mermaid costs 251 KiB gzip and a Lighthouse performance drop: STACK.md).
 * The output is cleaned so that it makes no external request (the renderer embeds a web-font @import),
 * keeps marker ids unique when a page holds several diagrams, and carries role="img" with a <title> and
 * <desc> for screen readers. Its words are never drawn below the label size (edge labels are raised from
 * the renderer's 11 to 12 px, their boxes widened to match), and the page shows it at its drawn size or
 * larger, never squeezed to the column (diagram.css, from `--dg-w`): a wide diagram pans inside its box.
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
  /** The drawn size (the viewBox), in CSS pixels at 100 %. */
  width: number;
  height: number;
  /** The node the diagram starts from: a narrow view opens centred on it. */
  start: string | undefined;
}

/** No word in a diagram is drawn smaller than this (CSS px at its drawn size): the floor pan and zoom keep. */
export const LABEL_PX = 12;

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

/**
 * beautiful-mermaid draws edge labels ("yes", "no or not known") at 11 px in a box 8 px wider than the text
 * on each side: raise them to the label size and widen the box about its centre by as much as the text grows.
 */
function raiseEdgeLabels(svg: string): string {
  const grow = LABEL_PX / 11;
  return svg.replace(
    /(<g class="edge-label"[^>]*>\s*<rect x=")([\d.]+)(" y="[\d.]+" width=")([\d.]+)("[^>]*>\s*<text[^>]*?font-size=")11(")/g,
    (_m, open: string, x: string, mid: string, width: string, rest: string, close: string) => {
      const widened = (Number(width) - 16) * grow + 16;
      return `${open}${round(Number(x) - (widened - Number(width)) / 2)}${mid}${round(widened)}${rest}${LABEL_PX}${close}`;
    },
  );
}

const round = (value: number) => String(Math.round(value * 100) / 100);

/** The smallest font size the SVG draws any text at. */
export function smallestFont(svg: string): number {
  return Math.min(...[...svg.matchAll(/font-size="([\d.]+)"/g)].map((match) => Number(match[1])));
}

export function renderDiagram(text: string, idPrefix: string, fallbackTitle: string): RenderedDiagram {
  const source = splitSource(text);
  const title = source.title ?? fallbackTitle;
  const description = source.description ?? '';
  let svg = raiseEdgeLabels(renderMermaidSVG(wrapLabels(source.drawable), COLOURS));
  if (smallestFont(svg) < LABEL_PX) throw new Error(`Diagram "${title}" draws text below ${LABEL_PX} px.`);
  // The renderer's <style> (a web-font @import and derived colour variables) would need its own CSP hash
  // and fetch a font: drop it; diagram.css carries the same variables for every diagram.
  svg = svg.replace(/<style>[\s\S]*?<\/style>/, '');
  svg = svg.replace(/ id="(arrowhead[\w-]*)"/g, ` id="${idPrefix}-$1"`).replace(/url\(#(arrowhead[\w-]*)\)/g, `url(#${idPrefix}-$1)`);
  const size = /<svg [^>]*width="([\d.]+)" height="([\d.]+)"/.exec(svg);
  const [width, height] = [Math.ceil(Number(size?.[1])), Math.ceil(Number(size?.[2]))];
  if (!(width > 0 && height > 0)) throw new Error(`Diagram "${title}" has no drawn size.`);
  // The drawn width goes to diagram.css as --dg-w, from which it sizes the diagram (CSS cannot read a viewBox).
  svg = svg.replace(
    /<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="([^"]+)" width="[\d.]+" height="[\d.]+" style="([^"]*)">/,
    (_m, viewBox: string, style: string) =>
      `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${viewBox}" width="${width}" height="${height}" role="img" aria-labelledby="${idPrefix}-title ${idPrefix}-desc" class="diagram-svg" style="${style};--dg-w:${width}px">` +
      `<title id="${idPrefix}-title">${escapeHtml(title)}</title><desc id="${idPrefix}-desc">${escapeHtml(description)}</desc>`,
  );
  svg = addNodeClasses(svg, source.classes);
  if (svg.includes('<style') || /https?:\/\/(?!www\.w3\.org)/.test(svg)) {
    throw new Error(`Diagram "${title}" still references an external resource after cleaning.`);
  }
  const lines = outline(source.drawable);
  return { svg, title, description, outline: lines, width, height, start: lines[0]?.id };
}
