/**
 * IVIG (immune globulin intravenous), in g (drugs.md §8.1).
 * - Adults (ICR 2019, ✔2; ASH 2011; W68): 1 g/kg, on 1 day or 2 consecutive days; or 0.4 g/kg daily for 5 days.
 * - Children (ICR/ASH, ✔2; W69): a single dose of 0.8–1 g/kg, and a second if the response is poor or bleeding continues.
 */
import { formatDose } from '../format/dose';
import { roundDecimal } from '../format/number';
import type { Note } from '../result';
import { ivigWarnings } from './ivig-notes';
import { isChild } from './patient';
import { planItems } from './plan';
import type { ItemSpec, RegimenDefinition } from './types';

const adult: readonly ItemSpec[] = [{
  drug: 'immune globulin',
  dose: { basis: 'weight', perKg: 1, unit: 'g' },
  route: 'IV infusion',
  schedule: 'once; may be given again on the next day (1 g/kg on 1 or 2 consecutive days)',
  per: 'dose',
  citations: ['icr-2019', 'ash-2011'],
}];

const child: readonly ItemSpec[] = [{
  drug: 'immune globulin',
  dose: { basis: 'weight', perKg: 0.8, perKgMax: 1, unit: 'g' },
  route: 'IV infusion',
  schedule: 'single dose; a second dose if the response is poor or bleeding continues',
  per: 'dose',
  citations: ['icr-2019'],
}];

/** The ICR's alternative adult schedule, with its daily amount for this weight. */
function alternative(weightKg: number): Note {
  const daily = formatDose({ amount: roundDecimal(0.4 * weightKg, 4), unit: 'g' });
  return {
    code: 'ivig-alternative-schedule',
    message: `Alternative adult schedule (ICR 2019): 0.4 g/kg daily for 5 days, here ${daily} daily.`,
    citation: 'icr-2019',
  };
}

const productSchedules: Note = {
  code: 'ivig-product-schedule',
  message: 'Product labels differ in their ITP schedules (some 0.4 g/kg daily for 2–5 days, others 1 g/kg daily for 1–2 days): follow the chosen product’s own schedule.',
  citation: 'ivig-labels',
};

export const ivig: RegimenDefinition = {
  id: 'ivig',
  name: 'IVIG',
  needs: [{ field: 'ageYears', why: 'the IVIG dose differs for children and adults' }],
  citations: ['icr-2019', 'ash-2011', 'ivig-labels'],
  plan: (patient, body) => isChild(patient) === true
    ? planItems(child, body, [...ivigWarnings, productSchedules])
    : planItems(adult, body, [alternative(body.weightKg), ...ivigWarnings, productSchedules]),
};
