/**
 * What each urgency means for the reader, in plain words, so that no page invents them (issue #17). The
 * levels and when they apply are the contract's (DESIGN.md, "Meanings the contract fixes"); the words for
 * what to do come from the sources cited with each.
 */
import type { Citation } from '../citations';
import { formatCount } from '../format/amount';
import { thresholds as t } from './thresholds';
import type { Urgency } from './vocabulary';

export interface UrgencyMeaning {
  /** The level's name, e.g. "Urgent". */
  label: string;
  /** What to do, in three words or so: "Same-day review". */
  action: string;
  /** What it means, in a sentence or two. */
  meaning: string;
  citations: readonly Citation[];
}

export const urgencyMeanings: Readonly<Record<Urgency, UrgencyMeaning>> = {
  emergency: {
    label: 'Emergency',
    action: 'Admit now',
    meaning: 'Life-threatening or organ bleeding: treat now in hospital as an emergency, with an IV corticosteroid, IVIG and platelet transfusion without delay.',
    citations: ['icr-2019 emergencies'],
  },
  urgent: {
    label: 'Urgent',
    action: 'Same-day review',
    meaning: `See a haematologist today, where admission can be arranged: ASH 2019 suggests admission for newly diagnosed patients with a count below ${formatCount(t.admissionCountBelow)}, and the ICR asks for hospital review of children with moderate bleeding.`,
    citations: ['ash-2019 rec 2a', 'icr-2019 children'],
  },
  routine: {
    label: 'Routine',
    action: 'Routine review',
    meaning: 'No same-day need: outpatient haematology review at the usual interval. Come back at once if bleeding starts or worsens.',
    citations: ['ash-2019 rec 2b'],
  },
};
