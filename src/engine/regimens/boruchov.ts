/**
 * The drugs of the Boruchov 2007 multi-agent regimen as data (drugs.md §9; guidelines.md §4.4), shared by the
 * methylprednisolone pulse and the multi-agent rescue. The paper's doses are weight-based without caps;
 * the 1 g methylprednisolone and 2 mg vincristine caps are standard practice, not stated in the primary
 * source (UNVERIFIED, drugs.md register item 12). The engine contract adopts them, as the lower doses, and
 * every plan that applies them carries a note saying so. How each drug is timed within the regimen was not
 * retrieved (UNVERIFIED), so schedules refer that to the prescriber.
 */
import type { ItemSpec, WeightRule } from './types';

const standardPractice = 'standard practice; not stated in the primary source';
const withinRegimen = 'once, as part of the combination; timing within the regimen is for the prescriber (not stated in the source)';

export const methylprednisolonePulse: ItemSpec & { dose: WeightRule } = {
  drug: 'methylprednisolone',
  dose: { basis: 'weight', perKg: 30, unit: 'mg', cap: { amount: 1000, source: standardPractice } },
  route: 'IV infusion',
  schedule: withinRegimen,
  per: 'dose',
  citations: ['boruchov-2007'],
};

export const vincristine: ItemSpec & { dose: WeightRule } = {
  drug: 'vincristine',
  dose: { basis: 'weight', perKg: 0.03, unit: 'mg', cap: { amount: 2, source: standardPractice } },
  // The label's boxed warning, on the dose line itself: a vinca alkaloid given intrathecally is usually fatal
  // (Vincristine US PI, Warnings).
  route: 'IV only: fatal if given by other routes',
  schedule: withinRegimen,
  per: 'dose',
  citations: ['boruchov-2007', 'vincristine-uspi'],
};

export const ivigInCombination: ItemSpec & { dose: WeightRule } = {
  drug: 'immune globulin',
  dose: { basis: 'weight', perKg: 1, unit: 'g' },
  route: 'IV infusion',
  schedule: withinRegimen,
  per: 'dose',
  citations: ['boruchov-2007'],
};

/** Anti-D in the combination: 50–75 mcg/kg in Rh(D)-positive patients with a spleen; the label's reduced band still applies. */
export const antiDInCombination: Record<'full' | 'reduced', ItemSpec & { dose: WeightRule }> = {
  full: {
    drug: 'rho(d) immune globulin',
    dose: { basis: 'weight', perKg: 50, perKgMax: 75, unit: 'mcg' },
    route: 'IV injection over 3–5 minutes',
    schedule: withinRegimen,
    per: 'dose',
    citations: ['boruchov-2007'],
  },
  reduced: {
    drug: 'rho(d) immune globulin',
    dose: { basis: 'weight', perKg: 25, perKgMax: 40, unit: 'mcg' },
    route: 'IV injection over 3–5 minutes',
    schedule: withinRegimen,
    per: 'dose',
    citations: ['boruchov-2007', 'winrho-uspi'],
  },
};
