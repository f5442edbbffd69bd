/**
 * High-dose dexamethasone (drugs.md §7.1–7.2). Adults: a flat 40 mg daily for 4 days (ICR and ASH 2019, ✔2;
 * W63). Children: 0.6 mg/kg/day for 4 days, at most 40 mg/day (ASH 2019, ✔1; W66). The sources give no route.
 */
import type { Note } from '../result';
import { regimenNames } from './names';
import { paediatricCapsSource, paediatricCourse } from './steroid-notes';
import type { ItemSpec, PopulationLimit, RegimenDefinition, RuleContext } from './types';

const route = 'oral or IV (the sources do not set the route)';

const adult: readonly ItemSpec[] = [{
  drug: 'dexamethasone',
  dose: { basis: 'flat', amount: 40, unit: 'mg' },
  route,
  schedule: 'daily for 4 days (one course)',
  per: 'day',
  citations: ['icr-2019', 'ash-2019'],
}];

const child: readonly ItemSpec[] = [{
  drug: 'dexamethasone',
  dose: { basis: 'weight', perKg: 0.6, unit: 'mg', cap: { amount: 40, source: 'ASH 2019 paediatric maximum' } },
  route,
  schedule: 'daily for 4 days',
  per: 'day',
  citations: ['ash-2019'],
}];

// CONFLICT (drugs.md §12): ICR's "up to 3 times" does not say whether it counts the first course; we read it
// as 3 courses in all, the smaller number. Trial protocols repeat at day 10 or every 1–4 weeks.
const courses: Note = {
  code: 'dexamethasone-courses',
  message: 'The ICR allows the 4-day course to be repeated "up to 3 times"; this tool reads that conservatively as 3 courses in all. No guideline fixes the interval: trial protocols gave a second course by day 10 if the count was below 30 ×10⁹/L or bleeding continued, or repeated courses every 1–4 weeks.',
  citation: 'icr-2019',
};

const rules = (context: RuleContext) => (context.ageGroup === 'child' ? child : adult);
const notes = (context: RuleContext) => (context.ageGroup === 'child' ? [paediatricCourse, paediatricCapsSource] : [courses]);

/**
 * Corticosteroids and IVIG are the treatments of choice in pregnancy (guidelines.md §8.2), so nothing here
 * holds the dose back; but the ICR's pregnancy advice names prednisone at a lower start, and this site's
 * pregnancy pathway offers prednisone, not the 40 mg course (QA walk, 2026-12-07: the calculator gave
 * pregnancy no word). Our reading: a caution, beside the dose.
 */
const inPregnancy: PopulationLimit = {
  kind: 'caution',
  fact: 'pregnant',
  code: 'pregnancy-dexamethasone',
  message: 'Pregnancy: the ICR and Japanese guidance favour prednisone at a lower start, 10–20 mg daily, and this site’s pregnancy advice offers prednisone rather than high-dose dexamethasone.',
  rule: 'pregnancy: prednisone at a lower start is favoured over high-dose dexamethasone',
  source: 'ICR 2019 and Japanese guidance, pregnancy (guidelines.md §8.2, ◐)',
  citation: 'icr-2019',
};

export const dexamethasoneHighDose: RegimenDefinition = {
  id: 'dexamethasone-high-dose',
  name: regimenNames['dexamethasone-high-dose'],
  needs: [{ field: 'ageYears', why: 'the dexamethasone dose differs for children and adults' }],
  citations: ['icr-2019', 'ash-2019'],
  limits: [inPregnancy],
  rules,
  notes,
};
