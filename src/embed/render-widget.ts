/**
 * Build time: a widget's island rendered to HTML for its embed page, so the widget is on screen before its
 * script runs (mount.ts renders over it). `prepare` sets what the page fixes in the shared stores and
 * returns how to undo it: the stores are module singletons shared by every page of the build.
 */
import type { VNode } from 'preact';
// The renderer @astrojs/preact itself uses for islands.
import { renderToString } from 'preact-render-to-string';

export function renderWidget<P>(view: VNode<P>, prepare?: () => () => void): string {
  const restore = prepare?.();
  try {
    return renderToString(view);
  } finally {
    restore?.();
  }
}
