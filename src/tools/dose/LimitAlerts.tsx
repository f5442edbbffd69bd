/**
 * A regimen's population limits for this patient (Note.limit, regimens/limits.ts), first and in words a
 * prescriber cannot miss: contraindicated, then no data, then caution, each with its source (issue #18). The
 * engine orders them; the heading says which kind each is, so the alert reads right without its colour.
 */
import type { Note } from '../../engine';
import { Citations, type ReferenceLabels } from '../shared/ui/Citations';

export type Limit = NonNullable<Note['limit']>;

export const limitHeadings: Record<Limit, string> = {
  contraindicated: 'Contraindicated for this patient',
  'no-data': 'No data for this patient',
  caution: 'Caution for this patient',
};

export interface LimitAlertsProps {
  notes: readonly Note[];
  refs: ReferenceLabels;
}

export function LimitAlerts({ notes, refs }: LimitAlertsProps) {
  if (notes.length === 0) return null;
  return (
    <ul class="limits" aria-label="Limits for this patient">
      {notes.map((note, index) => note.limit === undefined ? null : (
        <li key={`${note.code}-${index}`} class={`limit limit--${note.limit}`}>
          <strong class="limit-heading">{limitHeadings[note.limit]}</strong>
          <span>
            {note.message} {note.citation !== undefined && <Citations citations={[note.citation]} refs={refs} />}
          </span>
        </li>
      ))}
    </ul>
  );
}
