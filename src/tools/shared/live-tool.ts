/**
 * What an embedded tool offers the embed page it sits on, once it answers input: its state for "Open in
 * ITP Pathway" and what it computed, for the host page. The tool's script announces it with an event on its
 * root; the embed page's own script (src/embed/page-setup.ts, loaded first) listens, and does everything an
 * embed does besides being the tool: the link out, the `result` message, quiz mode. So a tool's script
 * carries none of that on its full page, and the embed's messaging lives in one place, src/embed.
 */
import type { ReadableAtom } from 'nanostores';
import type { ResultData } from './results';

export const TOOL_LIVE = 'itp-pathway:tool-live';

export interface LiveTool {
  /** Writes the tool's state into `params` through its full page's codecs. */
  encode(params: URLSearchParams): void;
  /** Calls `listener` whenever the state changes; returns the unsubscribe function. */
  listen(listener: () => void): () => void;
  /** What the tool computed; none for a tool without an embed. */
  result?: ReadableAtom<ResultData<unknown>>;
}

export function announce(root: HTMLElement, tool: LiveTool): void {
  root.dispatchEvent(new CustomEvent<LiveTool>(TOOL_LIVE, { bubbles: true, detail: tool }));
}

const isLiveTool = (value: unknown): value is LiveTool =>
  typeof value === 'object' && value !== null && 'encode' in value && typeof value.encode === 'function'
  && 'listen' in value && typeof value.listen === 'function';

/** Calls `receive` with each tool announced on this page. */
export function onLiveTool(receive: (tool: LiveTool) => void): void {
  document.addEventListener(TOOL_LIVE, (event) => {
    if (event instanceof CustomEvent && isLiveTool(event.detail)) receive(event.detail);
  });
}
