/**
 * Methylprednisolone pulse as a course: 30 mg/kg IV once daily for 3 days, at most 1 g a day.
 * - 30 mg/kg: Boruchov 2007 (✔2; drugs.md §7.3; W67), given there once within the combination.
 * - 3 days: the adult emergency regimen is 1 g IV daily for 3 days (Stasi & Provan via a secondary summary,
 *   guidelines.md §4.4, ◐), and the reported paediatric regimen starts with 30 mg/kg/day for 3 days (drugs.md
 *   §7.3, ✔1 secondary).
 * - 1 g cap: standard practice but in no ITP source read (UNVERIFIED, drugs.md §12 item 12). Our reading: apply
 *   it as the lower dose, as the engine contract does for the rescue, and say so; above 33.3 kg it gives
 *   exactly the adult emergency dose of 1 g daily.
 */
import { formatAmount } from '../format/amount';
import type { Note } from '../result';
import { regimenNames } from './names';
import type { ItemSpec, RegimenDefinition } from './types';

const perKg = 30;
const capMg = 1000;

const course: readonly ItemSpec[] = [{
  drug: 'methylprednisolone',
  dose: { basis: 'weight', perKg, unit: 'mg', cap: { amount: capMg, source: 'standard practice; not stated in the ITP sources' } },
  route: 'IV infusion',
  schedule: 'once daily for 3 days',
  per: 'day',
  citations: ['boruchov-2007', 'stasi-provan-2004'],
}];

const capNote: Note = {
  code: 'methylprednisolone-cap',
  message: `Methylprednisolone is capped at 1 g a day: standard practice, but not stated in the ITP sources read (Boruchov 2007 gives 30 mg/kg without a cap). Above ${formatAmount(capMg / perKg, 'kg', 1)} the cap gives the adult emergency dose, 1 g daily.`,
  citation: 'boruchov-2007',
};

const courseNote: Note = {
  code: 'methylprednisolone-course',
  message: 'The 3-day course is the sources’ usual one: the adult emergency regimen below, and the reported paediatric regimen, which starts with 30 mg/kg a day for 3 days (then 20 mg/kg a day for 4 days, oral). Boruchov 2007 gives one 30 mg/kg dose within its combination.',
  citation: 'boruchov-2007',
};

const emergencyAdults: Note = {
  code: 'methylprednisolone-emergency',
  message: 'For life-threatening bleeding in adults, a secondary summary of Stasi & Provan gives methylprednisolone 1 g IV daily for 3 days.',
  citation: 'stasi-provan-2004',
};

const notes: readonly Note[] = [courseNote, capNote, emergencyAdults];

export const methylprednisolonePulseRegimen: RegimenDefinition = {
  id: 'methylprednisolone-pulse',
  name: regimenNames['methylprednisolone-pulse'],
  needs: [],
  citations: ['boruchov-2007', 'stasi-provan-2004'],
  // The ICR names high-dose methylprednisolone among the options for refractory ITP in pregnancy (guidelines.md §8.2).
  limits: [],
  rules: () => course,
  notes: () => notes,
};
