/**
 * What an embed page tells its scripts, written into the page at build time as JSON (EmbedLayout.astro):
 * which widget it is, the rules for its link parameters, its full page, and the widget's props. Only what
 * the browser needs: the schema's descriptions stay out of the page's JavaScript.
 */
import type { ParamRule } from './param-rules';

export interface EmbedConfig {
  widget: string;
  /** The widget in a sentence, for notices: "the regimen dose calculator". */
  name: string;
  params: ParamRule[];
  /** The full page and the fragment where the widget sits there, for "Open in ITP Pathway". */
  page: string;
  anchor?: string;
  /** The island's props (reference labels, node labels), identical at build time and in the browser. */
  props: Record<string, Record<string, string>>;
}

export const CONFIG_ID = 'embed-config';

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

export function readConfig(): EmbedConfig | undefined {
  const data: unknown = JSON.parse(document.getElementById(CONFIG_ID)?.textContent ?? 'null');
  if (!isObject(data) || typeof data.widget !== 'string' || !Array.isArray(data.params) || !isObject(data.props)) return undefined;
  // Written by this site's own build (configJson below), so its shape is known once the marks above hold.
  return data as unknown as EmbedConfig;
}

/** The JSON for the page, safe inside a <script> element. */
export function configJson(config: EmbedConfig): string {
  return JSON.stringify(config).replace(/</g, '\\u003c');
}
