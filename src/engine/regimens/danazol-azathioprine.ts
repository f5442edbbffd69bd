/**
 * Danazol with azathioprine, oral maintenance after the Boruchov induction (drugs.md §9–10; W76): danazol
 * 10–15 mg/kg daily and azathioprine 2 mg/kg daily (✔2). No cap is applied: the source abstract states none, and
 * the 150 mg/day azathioprine maximum quoted elsewhere is UNVERIFIED (register item 13), so a note says so
 * rather than the engine applying it. Whether each daily amount is one dose or divided is not stated.
 */
import { formatDose } from '../format/dose';
import type { Note } from '../result';
import { planItems } from './plan';
import type { ItemSpec, RegimenDefinition } from './types';

const daily = 'daily (the source does not say whether as one dose or divided)';

const maintenance: readonly ItemSpec[] = [
  {
    drug: 'danazol', dose: { basis: 'weight', perKg: 10, perKgMax: 15, unit: 'mg' }, route: 'oral',
    schedule: daily, per: 'day', citations: ['boruchov-2007'],
  },
  {
    drug: 'azathioprine', dose: { basis: 'weight', perKg: 2, unit: 'mg' }, route: 'oral',
    schedule: daily, per: 'day', citations: ['boruchov-2007'],
  },
];

const evidence: Note = {
  code: 'maintenance-evidence',
  message: 'In the Boruchov series 18 of 35 patients had this maintenance; two thirds reached stable counts above 50 ×10⁹/L without other treatment.',
  citation: 'boruchov-2007',
};

const danazolMonitoring: Note = {
  code: 'danazol-monitoring',
  message: 'Danazol: check liver tests and watch for virilisation.',
};

const azathioprineMonitoring: Note = {
  code: 'azathioprine-monitoring',
  message: 'Azathioprine: check TPMT before starting and blood counts during treatment; its effect is slow to start.',
};

function azathioprineCap(weightKg: number): Note {
  return {
    code: 'azathioprine-cap-unverified',
    message: `A maximum of 150 mg/day is sometimes quoted for azathioprine, but it is not verified in this tool's sources, so it is not applied (2 mg/kg here is ${formatDose({ amount: 2 * weightKg, unit: 'mg' })} daily). No cap for danazol is stated either: the prescriber decides.`,
  };
}

const inPregnancy: Note = {
  code: 'pregnancy-danazol',
  message: 'Pregnancy: danazol is to be avoided (ICR 2019).',
  citation: 'icr-2019',
};

/** Every plan's notes, apart from pregnancy and the azathioprine amount for one weight. */
const notes: readonly Note[] = [evidence, danazolMonitoring, azathioprineMonitoring];

export const danazolAzathioprine: RegimenDefinition = {
  id: 'danazol-azathioprine',
  name: 'Danazol with azathioprine (maintenance)',
  needs: [],
  citations: ['boruchov-2007'],
  rules: () => maintenance,
  notes: () => notes,
  plan: (patient, body) => planItems(maintenance, body, [
    ...(patient.pregnant === true ? [inPregnancy] : []), ...notes, azathioprineCap(body.weightKg),
  ]),
};
