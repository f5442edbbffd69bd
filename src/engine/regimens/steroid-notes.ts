/** Notes shared by the corticosteroid regimens (drugs.md §7). */
import type { Note } from '../result';

/** drugs.md register item 14: the paediatric ASH caps rest on one secondary summary of ASH 2019. */
export const paediatricCapsSource: Note = {
  code: 'paediatric-steroid-caps-source',
  message: 'The paediatric maximums (prednisone 120 mg/day, dexamethasone 40 mg/day) come from one secondary summary of ASH 2019: confirm them against the guideline.',
  citation: 'ash-2019',
};

/** ASH 2019 paediatric recommendation (numbering unverified): short courses, prednisone preferred. */
export const paediatricCourse: Note = {
  code: 'paediatric-steroid-course',
  message: 'Children: ASH 2019 advises against corticosteroid courses longer than 7 days, and suggests prednisone 2–4 mg/kg/day for 5–7 days over dexamethasone 0.6 mg/kg/day for 4 days.',
  citation: 'ash-2019',
};
