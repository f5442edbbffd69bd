/**
 * Where a tool's result appears: a polite live region (role="status"), so a screen reader hears what
 * changed, with its height reserved in tools.css (`--result-min`) so the page does not jump when a result
 * replaces the placeholder.
 */
import type { ComponentChildren } from 'preact';

export interface ResultRegionProps {
  /** Names the region, e.g. "Dose". */
  label: string;
  /** Reserved height, e.g. "12rem": about the height of a typical result. */
  minHeight?: string;
  children: ComponentChildren;
}

export function ResultRegion({ label, minHeight, children }: ResultRegionProps) {
  return (
    <div class="result" role="status" aria-label={label} style={minHeight === undefined ? undefined : { '--result-min': minHeight }}>
      {children}
    </div>
  );
}
