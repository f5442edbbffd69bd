/**
 * The messages an embedded widget sends to the page that frames it (documented on /teach/embed/):
 *   { source: 'itp-pathway', type: 'ready', widget }            once the widget is on screen and working
 *   { source: 'itp-pathway', type: 'resize', widget, height }   after fonts and the diagram have rendered,
 *                                                                then on every change of the page's height
 *   { subject: 'lti.frameResize', height }                       the same height, in the form Canvas and
 *                                                                Brightspace resize an LTI frame by
 *   { source: 'itp-pathway', type: 'result', widget, result }   what the widget computed (results.ts)
 * Nothing the reader typed is sent beyond what the result itself shows, and nothing at all is received:
 * the widget listens to no message, so a host cannot drive it. Messages go to any parent ('*') because a
 * sandboxed frame cannot know its host's origin; hosts check the sender (public/embed-host.js).
 */
import type { ResultData } from '../shared/results';

export const MESSAGE_SOURCE = 'itp-pathway';

export type EmbedMessage =
  | { source: typeof MESSAGE_SOURCE; type: 'ready'; widget: string }
  | { source: typeof MESSAGE_SOURCE; type: 'resize'; widget: string; height: number }
  | { source: typeof MESSAGE_SOURCE; type: 'result'; widget: string; result: ResultData<unknown> };

export interface LtiFrameResize {
  subject: 'lti.frameResize';
  height: number;
}

export function postToHost(message: EmbedMessage | LtiFrameResize): void {
  // `parent === window` when the page is opened directly rather than in a frame.
  if (window.parent !== window) window.parent.postMessage(message, '*');
}

/** Reports the page's height now and whenever it changes, in both our form and the LTI one. */
function reportHeight(widget: string): void {
  let last = -1;
  const report = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    postToHost({ source: MESSAGE_SOURCE, type: 'resize', widget, height });
    postToHost({ subject: 'lti.frameResize', height });
  };
  new ResizeObserver(report).observe(document.documentElement);
}

/**
 * Sends `ready` once the page's scripts have run (the widget is rendered by then), and the first height
 * once the fonts are ready and the first frame is laid out, so the host never sizes to a fallback font.
 */
export function startEmbedFrame(widget: string): void {
  document.addEventListener('DOMContentLoaded', () => {
    postToHost({ source: MESSAGE_SOURCE, type: 'ready', widget });
    void document.fonts.ready.then(() => requestAnimationFrame(() => reportHeight(widget)));
  }, { once: true });
}
