/**
 * The frame of one tool on a page: a section named by its h2 (tools sit directly under the page's h1,
 * so h2 keeps the heading order axe checks), outside Starlight's prose styles (`not-content`).
 */
import type { ComponentChildren } from 'preact';

export interface ToolSectionProps {
  /** Prefix for the heading's id, e.g. "dose" → "dose-heading". */
  id: string;
  heading: string;
  /** Extra classes, e.g. "case-panel". */
  class?: string;
  children: ComponentChildren;
}

export function ToolSection({ id, heading, class: extra, children }: ToolSectionProps) {
  return (
    <section class={`tool not-content${extra === undefined ? '' : ` ${extra}`}`} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{heading}</h2>
      {children}
    </section>
  );
}
