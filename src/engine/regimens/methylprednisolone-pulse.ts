/**
 * Methylprednisolone pulse: 30 mg/kg IV (Boruchov 2007, ✔2; drugs.md §7.3; W67), capped at 1 g — a cap
 * that is standard practice but not stated in the primary source (UNVERIFIED), applied as the lower dose
 * and said so in a note. The number of doses and their interval are not in the retrieved source.
 */
import type { Note } from '../result';
import { methylprednisolonePulse as pulse } from './boruchov';
import { planItems } from './plan';
import type { ItemSpec, RegimenDefinition } from './types';

const capNote: Note = {
  code: 'methylprednisolone-cap',
  message: 'Methylprednisolone is capped at 1 g a dose: standard practice; not stated in the primary source (Boruchov 2007 gives 30 mg/kg without a cap).',
  citation: 'boruchov-2007',
};

const scheduleNote: Note = {
  code: 'methylprednisolone-schedule',
  message: 'The retrieved source does not give how many doses or how often: the prescriber sets the schedule.',
  citation: 'boruchov-2007',
};

const emergencyAdults: Note = {
  code: 'methylprednisolone-emergency',
  message: 'For life-threatening bleeding in adults, a secondary summary of Stasi & Provan gives methylprednisolone 1 g IV daily for 3 days.',
  citation: 'stasi-provan-2004',
};

const single: readonly ItemSpec[] = [{ ...pulse, schedule: 'single IV dose' }];
const notes: readonly Note[] = [capNote, scheduleNote, emergencyAdults];

export const methylprednisolonePulseRegimen: RegimenDefinition = {
  id: 'methylprednisolone-pulse',
  name: 'Methylprednisolone pulse',
  needs: [],
  citations: ['boruchov-2007'],
  rules: () => single,
  notes: () => notes,
  plan: (_patient, body) => planItems(single, body, [...notes]),
};
