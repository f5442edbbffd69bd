/**
 * The embed builder's output: the embed's address for a widget and preset, and the HTML an educator
 * pastes into a course page. Pure, so the snippet's every attribute is unit-tested.
 */

/** An embed's address: `/embed/<widget>/` on `origin`, with the preset values in the order given. */
export function embedUrl(origin: string, widget: string, values: readonly (readonly [string, string])[]): string {
  const query = new URLSearchParams(values.map(([name, value]) => [name, value])).toString();
  return `${origin}/embed/${widget}/${query === '' ? '' : `?${query}`}`;
}

const attribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export interface SnippetOptions {
  src: string;
  /** The iframe's accessible name, e.g. "Regimen dose calculator — ITP Pathway". */
  title: string;
  /** Height in CSS pixels before the host script (if any) fits the frame to the widget. */
  height: number;
  /** The site's origin, to load the host script from; undefined leaves the script out. */
  hostScriptOrigin?: string;
}

/**
 * `allow-scripts` is all a widget needs to run; `allow-popups` (and `…-to-escape-sandbox`, so the new tab
 * is an ordinary page) lets "Open in ITP Pathway" and the source links open in a new tab. No
 * `allow-same-origin`: the widget cannot reach the host page, its cookies or its storage. The snippet's
 * `allow="… fullscreen"` lets a diagram's Full screen button fill the screen; without it, the diagram fills
 * the frame instead.
 */
export const SANDBOX = 'allow-scripts allow-popups allow-popups-to-escape-sandbox';

export function iframeSnippet({ src, title, height, hostScriptOrigin }: SnippetOptions): string {
  const frame = [
    `<iframe src="${attribute(src)}"`,
    `  title="${attribute(title)}"`,
    `  width="100%" height="${String(Math.round(height))}" loading="lazy"`,
    `  sandbox="${SANDBOX}"`,
    '  allow="clipboard-write; fullscreen" style="border: 0"></iframe>',
  ].join('\n');
  return hostScriptOrigin === undefined ? frame : `${frame}\n<script src="${attribute(hostScriptOrigin)}/embed-host.js" defer></script>`;
}
