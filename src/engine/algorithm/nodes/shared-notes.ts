/** Notes more than one node adds, written once. */
import { formatCount } from '../../format/amount';
import { formatNumber as n } from '../../format/number';
import { isNewlyDiagnosed, secondLineStarted, tried } from '../facts';
import { thresholds as t } from '../thresholds';
import type { NodeNote } from '../types';

/**
 * No corticosteroid course on record though second line has begun, or the ITP is 3 months old or more: the
 * history is probably incomplete. Asked at 3 months too (audit 3, B4) because a patient held up by
 * corticosteroids for 2 months or more is dependent (IWG 2009, guidelines.md §3.2) and due second line (§1.2),
 * and a blank history must not tell them "more corticosteroids" in silence. The contract has no "unknown"
 * outcome, so the note asks instead.
 */
export const noCorticosteroidRecorded: NodeNote = {
  when: (f) => !tried(f, 'corticosteroids') && (secondLineStarted(f) || !isNewlyDiagnosed(f)),
  code: 'no-corticosteroid-recorded',
  message: `No corticosteroid course is recorded, yet second-line treatment is recorded or the ITP has lasted ${n(t.persistentFromMonths)} months or more. Was one given, and were corticosteroids needed for ${n(2)} months or more to keep the count at ${formatCount(t.observeFromCount)} or above (dependence, IWG 2009)? If so, add it with its outcome, because it changes the advice: a dependent patient is offered the second-line options. Without it, a corticosteroid course comes before any second-line agent.`,
  citation: 'ash-2019',
};
