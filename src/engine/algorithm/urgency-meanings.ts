/**
 * What each urgency means for the reader, in plain words, so that no page invents them (issue #17). The
 * levels and when they apply are the contract's (DESIGN.md, "Meanings the contract fixes"); the words for
 * what to do come from the sources cited with each.
 */
import type { Citation } from '../citations';
import { formatCount } from '../format/amount';
import { thresholds as t } from './thresholds';
import { urgencyLevels, type Urgency } from './vocabulary';

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
    meaning: `See a haematologist today, where admission can be arranged: ASH 2019 suggests admission for newly diagnosed adults with a count below ${formatCount(t.admissionCountBelow)}.`,
    citations: ['ash-2019 rec 2a'],
  },
  routine: {
    label: 'Routine',
    action: 'Routine review',
    meaning: 'No same-day need: outpatient haematology review at the usual interval. Come back at once if bleeding starts or worsens.',
    citations: ['ash-2019 rec 2b'],
  },
};

/**
 * The same level for a child (under 18): ASH 2019's admission advice (rec 2a) is for adults, and for children
 * it suggests outpatient care below 20 with no or mild bleeding (rec 10a), so a child's "urgent" is said in
 * the children's own sources (QA walk, 2026-12-07: a child's banner quoted the adults' admission advice
 * above a note quoting rec 10a).
 */
const childUrgent: UrgencyMeaning = {
  ...urgencyMeanings.urgent,
  meaning: `See a haematologist today, where admission can be arranged: the ICR asks for hospital review of children with moderate bleeding; with no or mild bleeding ASH 2019 suggests outpatient care, even below ${formatCount(t.admissionCountBelow)}.`,
  citations: ['icr-2019 children', 'ash-2019 rec 10a'],
};

/**
 * What an urgency means for this patient: a child's "urgent" in the children's sources, otherwise the level's
 * meaning; undefined for anything but an urgency level (called from outside the project too).
 */
export function urgencyMeaningFor(urgency: Urgency, ageYears: number | undefined): UrgencyMeaning | undefined {
  const level = urgencyLevels.find((known) => known === urgency);
  if (level === undefined) return undefined;
  return level === 'urgent' && typeof ageYears === 'number' && ageYears < t.adultFromYears ? childUrgent : urgencyMeanings[level];
}
