/**
 * Citation keys as links to the bibliography, labelled with each entry's short name ("ASH 2019, rec 9").
 * The labels come from the references collection at build time (see reference-labels.ts), passed to the
 * view as a prop, so the bibliography itself is never bundled.
 */
import { Fragment } from 'preact';
import { citationKey } from '../../../engine';
import { citationLabel } from '../note-text';

/** Reference key → short label, e.g. { 'ash-2019': 'ASH 2019' }. */
export type ReferenceLabels = Readonly<Record<string, string>>;

export interface CitationsProps {
  citations: readonly string[];
  refs: ReferenceLabels;
}

export function Citations({ citations, refs }: CitationsProps) {
  if (citations.length === 0) return null;
  return (
    <span class="citations">
      [
      {citations.map((citation, index) => (
        <Fragment key={citation}>
          {index > 0 && '; '}
          <a href={`/reference/references/#${citationKey(citation)}`}>{citationLabel(citation, refs)}</a>
        </Fragment>
      ))}
      ]
    </span>
  );
}
