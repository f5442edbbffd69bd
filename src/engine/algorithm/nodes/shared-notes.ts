/** Notes more than one node adds, written once. */
import { secondLineStarted, tried } from '../facts';
import type { NodeNote } from '../types';

/** No corticosteroid course on record though second line has begun: the history is probably incomplete. */
export const noCorticosteroidRecorded: NodeNote = {
  when: (f) => !tried(f, 'corticosteroids') && secondLineStarted(f),
  code: 'no-corticosteroid-recorded',
  message: 'Second-line treatment is recorded but no corticosteroid course: if one was given, add it with its outcome, because it changes the advice. Without it, a corticosteroid course comes before further second-line agents.',
  citation: 'ash-2019',
};
