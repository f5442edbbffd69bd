/**
 * "Open in ITP Pathway" carries the widget's current state to the full page: the stores written through
 * the full page's own codecs, so the page opens on what the learner sees (presets and anything typed
 * since). Kept current as the stores change; the theme, hidden panels and quiz belong to the embed only.
 */
import { stateHref } from '../shared/fragment';
import type { LiveTool } from '../shared/live-tool';
import type { EmbedConfig } from './embed-config';

/**
 * The full page's address with the state in its fragment, never its query (fragment.ts), so opening it sends
 * the host nothing a learner typed: "/algorithm/#age=45&at=walker", or "/algorithm/#walker" with no state.
 */
export function pageHref(page: string, query: string, anchor?: string): string {
  return stateHref(page, query, anchor);
}

export function keepOpenLinkCurrent(config: EmbedConfig, tool: LiveTool): void {
  const link = document.querySelector<HTMLAnchorElement>('[data-open-link]');
  if (link === null) return;
  const update = () => {
    const params = new URLSearchParams();
    tool.encode(params);
    link.href = pageHref(config.page, params.toString(), config.anchor);
  };
  update();
  tool.listen(update);
}
