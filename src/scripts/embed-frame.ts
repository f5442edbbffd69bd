/**
 * Tells the page that embeds us how tall we are, so its iframe can fit the widget without a scrollbar.
 * Only the height is sent: never anything the reader typed. The host checks the message's origin.
 */
export const MESSAGE_SOURCE = 'itp-pathway';

export interface ResizeMessage {
  source: typeof MESSAGE_SOURCE;
  type: 'resize';
  height: number;
}

function post(message: ResizeMessage): void {
  // `parent === window` when the page is opened directly rather than in a frame.
  if (window.parent !== window) window.parent.postMessage(message, '*');
}

export function startEmbedFrame(): void {
  let last = -1;
  const report = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    post({ source: MESSAGE_SOURCE, type: 'resize', height });
  };
  new ResizeObserver(report).observe(document.documentElement);
  report();
}
