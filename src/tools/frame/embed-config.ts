/**
 * What an embed page tells its scripts, written into the page at build time as JSON (EmbedLayout.astro):
 * which widget it is, the rules for its link parameters and its full page. Only what the browser needs:
 * the schema's descriptions stay out of the page's JavaScript. The tool's own props are on its root
 * (`data-tool-props`), as on its full page.
 */
import type { ParamRule } from '../shared/params';

export interface EmbedConfig {
  widget: string;
  /** The widget in a sentence, for notices: "the regimen dose calculator". */
  name: string;
  params: ParamRule[];
  /** The full page and the fragment where the widget sits there, for "Open in ITP Pathway". */
  page: string;
  anchor?: string;
}

export const CONFIG_ID = 'embed-config';

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

export function readConfig(): EmbedConfig | undefined {
  let data: unknown;
  try {
    data = JSON.parse(document.getElementById(CONFIG_ID)?.textContent ?? 'null');
  } catch {
    return undefined;
  }
  if (!isObject(data) || typeof data.widget !== 'string' || typeof data.page !== 'string' || !Array.isArray(data.params)) return undefined;
  // Written by this site's own build (configJson below), so its shape is known once the marks above hold.
  return data as unknown as EmbedConfig;
}

/** The JSON for the page, safe inside a <script> element. */
export function configJson(config: EmbedConfig): string {
  return JSON.stringify(config).replace(/</g, '\\u003c');
}
