/** The engine's notes (warnings, caveats, rule choices), each with its citation. */
import type { Note } from '../../../engine';
import { Citations, type ReferenceLabels } from './Citations';

export interface NoteListProps {
  notes: readonly Note[];
  refs: ReferenceLabels;
}

export function NoteList({ notes, refs }: NoteListProps) {
  if (notes.length === 0) return null;
  return (
    <ul class="notes">
      {notes.map((note, index) => (
        <li key={`${note.code}-${index}`}>
          {note.message} {note.citation !== undefined && <Citations citations={[note.citation]} refs={refs} />}
        </li>
      ))}
    </ul>
  );
}
