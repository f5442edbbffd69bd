/**
 * Notes a clinician pastes into a record (issue #19 item 5): every tool's "Copy as text" goes through here.
 * Sources appear as the short readable references of the bibliography ("ASH 2019, rec 3", "Nplate US PI"),
 * never as the site's internal keys; the site's version closes every note (CopyButton adds it), so a note
 * says which release wrote it. What a tool's engine says about its own maintenance does not belong in a
 * note: the engine's notes are written for the prescriber (a unit test holds every tool's copied text to it).
 */
import { citationKey } from '../../engine';
import { siteVersion } from '../../lib/version';
import type { ReferenceLabels } from './ui/Citations';

/** A citation as a reader reads it: the short reference of its key, then its locator. */
export type Cite = (citation: string) => string;

/** "ash-2019 rec 3" → "ASH 2019, rec 3"; a key the bibliography lacks stays as written. */
export function citationLabel(citation: string, refs: ReferenceLabels): string {
  const key = citationKey(citation);
  const locator = citation.slice(key.length).trim();
  const short = refs[key] ?? key;
  return locator === '' ? short : `${short}, ${locator}`;
}

export function readableCitations(refs: ReferenceLabels): Cite {
  return (citation) => citationLabel(citation, refs);
}

/** " [ASH 2019, rec 3; ICR 2019]" after a sentence, or nothing without sources. */
export function sourcesText(citations: readonly string[], cite: Cite): string {
  return citations.length === 0 ? '' : ` [${[...new Set(citations.map(cite))].join('; ')}]`;
}

/** The last line of every copied note. */
export function versionLine(label: string = siteVersion.label): string {
  return `ITP Pathway, version of ${label}.`;
}

/** A note's text as it is copied: the tool's text, then the site's version. */
export function noteWithVersion(text: string, label?: string): string {
  return `${text}\n${versionLine(label)}`;
}
