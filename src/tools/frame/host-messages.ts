/**
 * The messages an embedded widget sends to the page that frames it (documented on /teach/embed/):
 *   { source: 'itp-pathway', type: 'ready', widget }            once the widget is on screen and working
 *   { source: 'itp-pathway', type: 'resize', widget, height }   after fonts and the diagram have rendered,
 *                                                                then on every change of the page's height
 *   { source: 'itp-pathway', type: 'notices', widget, notices } the link's problems, for the educator (the
 *                                                                embed builder lists them beside its preview)
 *   { source: 'itp-pathway', type: 'result', widget, result }   what the widget computed (results.ts)
 *   { source: 'itp-pathway', type: 'statement', widget, statement }  in quiz mode, the learner's answer as
 *                                                                an xAPI statement (xapi.ts)
 * and, with each `resize`, the same height in the forms other hosts listen for (resizeForOtherHosts).
 * Nothing the reader typed is sent beyond what the result itself shows. The widget listens to one message
 * only, the host script's `{ source: 'itp-pathway', type: 'host-hello' }` from its parent, and answers it
 * with its height again (a host script that loads after the widget has reported would otherwise wait for
 * the next change): a host cannot drive the widget. Messages go to any parent ('*') because a sandboxed
 * frame cannot know its host's origin; hosts check the sender (public/embed-host.js).
 */
import type { ResultData } from '../shared/results';
import type { AnswerStatement } from './xapi';

export const MESSAGE_SOURCE = 'itp-pathway';

export type EmbedMessage =
  | { source: typeof MESSAGE_SOURCE; type: 'ready'; widget: string }
  | { source: typeof MESSAGE_SOURCE; type: 'resize'; widget: string; height: number }
  | { source: typeof MESSAGE_SOURCE; type: 'notices'; widget: string; notices: readonly string[] }
  | { source: typeof MESSAGE_SOURCE; type: 'result'; widget: string; result: ResultData<unknown> }
  | { source: typeof MESSAGE_SOURCE; type: 'statement'; widget: string; statement: AnswerStatement };

/** H5P's resizer sizes the frame to `scrollHeight` (h5p-php-library js/h5p-resizer.js, `actionHandlers.resize`). */
export interface H5pResize {
  context: 'h5p';
  action: 'resize';
  scrollHeight: number;
  height: number;
}

/**
 * The height in the other forms hosts listen for: the LTI `lti.frameResize` as a JSON string (Canvas
 * parses a string, and Moodle's and IMathAS's listeners call JSON.parse on `event.data`, which throws on
 * an object), its `org.imsglobal.lti.frameResize` alias (Brightspace), and H5P's one-way resize.
 */
export function resizeForOtherHosts(height: number): (string | H5pResize)[] {
  return [
    JSON.stringify({ subject: 'lti.frameResize', height }),
    JSON.stringify({ subject: 'org.imsglobal.lti.frameResize', height }),
    { context: 'h5p', action: 'resize', scrollHeight: height, height },
  ];
}

export function postToHost(message: EmbedMessage | H5pResize | string): void {
  // `parent === window` when the page is opened directly rather than in a frame.
  if (window.parent !== window) window.parent.postMessage(message, '*');
}

const isHostHello = (event: MessageEvent) =>
  event.source === window.parent && typeof event.data === 'object' && event.data !== null
  && event.data.source === MESSAGE_SOURCE && event.data.type === 'host-hello';

/** Reports the page's height now and whenever it changes, in our form and the others, and again when a host script asks. */
function reportHeight(widget: string): void {
  let last = -1;
  const report = (again = false) => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last && !again) return;
    last = height;
    postToHost({ source: MESSAGE_SOURCE, type: 'resize', widget, height });
    for (const message of resizeForOtherHosts(height)) postToHost(message);
  };
  new ResizeObserver(() => report()).observe(document.documentElement);
  window.addEventListener('message', (event) => {
    if (isHostHello(event)) report(true);
  });
}

/**
 * Sends `ready` once the page's scripts have run (the widget is rendered by then), with the link's
 * problems after it, and the first height once the fonts are ready and the first frame is laid out, so the
 * host never sizes to a fallback font.
 */
export function startEmbedFrame(widget: string, notices: readonly string[]): void {
  document.addEventListener('DOMContentLoaded', () => {
    postToHost({ source: MESSAGE_SOURCE, type: 'ready', widget });
    if (notices.length > 0) postToHost({ source: MESSAGE_SOURCE, type: 'notices', widget, notices });
    void document.fonts.ready.then(() => requestAnimationFrame(() => reportHeight(widget)));
  }, { once: true });
}
