/**
 * IVIG (immune globulin intravenous), in g (drugs.md §8.1).
 * - Adults (ICR 2019, ✔2; ASH 2011; W68): 1 g/kg, on 1 day or 2 consecutive days; or 0.4 g/kg daily for 5 days.
 * - Children (ICR/ASH, ✔2; W69): a single dose of 0.8–1 g/kg, and a second if the response is poor or bleeding continues.
 */
import { formatDose } from '../format/dose';
import { roundDecimal } from '../format/number';
import type { Note } from '../result';
import { ivigWarnings } from './ivig-notes';
import { regimenNames } from './names';
import { planItems } from './plan';
import { ruleContext } from './rule-context';
import type { ItemSpec, RegimenDefinition, RuleContext } from './types';

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

const rules = (context: RuleContext) => (context.ageGroup === 'child' ? child : adult);
const notes: readonly Note[] = [...ivigWarnings, productSchedules];

export const ivig: RegimenDefinition = {
  id: 'ivig',
  name: regimenNames['ivig'],
  needs: [{ field: 'ageYears', why: 'the IVIG dose differs for children and adults' }],
  citations: ['icr-2019', 'ash-2011', 'ivig-labels'],
  // IgA deficiency with anti-IgA antibodies is a contraindication the form does not ask about: a standing note says it.
  limits: [],
  rules,
  // The adult alternative schedule is left out: its note gives the daily amount for one weight.
  notes: () => notes,
  plan: (patient, body) => {
    const context = ruleContext(patient);
    const adultAlternative = context.ageGroup === 'adult' ? [alternative(body.weightKg)] : [];
    return planItems(rules(context), body, [...adultAlternative, ...notes]);
  },
};
