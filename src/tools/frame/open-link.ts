/**
 * "Open in ITP Pathway" carries the widget's current state to the full page: the stores written through
 * the full page's own codecs, so the page opens on what the learner sees (presets and anything typed
 * since). Kept current as the stores change; the theme, hidden panels and quiz belong to the embed only.
 */
import type { LiveTool } from '../shared/live-tool';
import type { EmbedConfig } from './embed-config';

/** The full page's address with a query, e.g. "/algorithm/?age=45#walker". */
export function pageHref(page: string, query: string, anchor?: string): string {
  return `${page}${query === '' ? '' : `?${query}`}${anchor === undefined ? '' : `#${anchor}`}`;
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
