/**
 * What a tool's view is given besides its stores, computed at build time and written into the page for the
 * script (`data-tool-props`), so that the browser renders exactly what the build did: the citation labels
 * (every tool), and what a tool's `build.ts` adds (the walker's node labels, the chart's count lines).
 */
import type { ReferenceLabels } from './ui/Citations';

export interface ToolProps {
  refs: ReferenceLabels;
  /** A tool's own build-time data, by name; the tool checks its shape where it reads it. */
  data: Readonly<Record<string, unknown>>;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A map of strings (labels by key), or undefined when `value` is not one. */
export function stringMap(value: unknown): Readonly<Record<string, string>> | undefined {
  if (!isRecord(value)) return undefined;
  const entries = Object.entries(value);
  return entries.every(([, text]) => typeof text === 'string') ? Object.fromEntries(entries) as Record<string, string> : undefined;
}

/** JSON the page wrote into an attribute; undefined for text that is not JSON. An absent attribute is `{}`. */
export function parseJson(text: string | undefined): unknown {
  try {
    return JSON.parse(text ?? '{}');
  } catch {
    return undefined;
  }
}

/** The props as the page wrote them, or undefined when the text is not props (the tool then does not start). */
export function readToolProps(text: string | undefined): ToolProps | undefined {
  const parsed = parseJson(text);
  if (!isRecord(parsed)) return undefined;
  const refs = stringMap(parsed.refs ?? {});
  const data = parsed.data ?? {};
  return refs === undefined || !isRecord(data) ? undefined : { refs, data };
}

/** The props as text for the page, safe inside an HTML attribute (Astro escapes it). */
export function toolPropsText(props: ToolProps): string {
  return JSON.stringify(props);
}
