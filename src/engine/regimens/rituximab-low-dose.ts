/**
 * Rituximab, low dose: a flat 100 mg IV once weekly for 4 doses, a 400 mg course (drugs.md §6, ✔2;
 * Zaja 2010: 48 adults, overall response 60.5 %, complete 39.5 %). Studied in adults only.
 */
import { regimenNames } from './names';
import { beforeRituximab, inPregnancy } from './rituximab-notes';
import type { ItemSpec, PopulationLimit, RegimenDefinition } from './types';

const course: readonly ItemSpec[] = [{
  drug: 'rituximab',
  dose: { basis: 'flat', amount: 100, unit: 'mg' },
  route: 'IV infusion',
  schedule: 'once weekly for 4 doses (400 mg course)',
  per: 'dose',
  citations: ['zaja-2010'],
}];

const noDataForChildren: PopulationLimit = {
  kind: 'no-data',
  fact: 'child',
  code: 'low-dose-adults-only',
  message: 'No data for children: the low-dose schedule was studied in adults only (Zaja 2010, 48 adults), and the sources give no paediatric low dose. For a child, the standard dose is 375 mg/m² weekly for 4 doses.',
  rule: 'the low dose was studied in adults only',
  source: 'Zaja 2010 (drugs.md §6)',
  citation: 'zaja-2010',
};

export const rituximabLowDose: RegimenDefinition = {
  id: 'rituximab-low-dose',
  name: regimenNames['rituximab-low-dose'],
  needs: [],
  citations: ['zaja-2010', 'rituximab-uspi'],
  limits: [noDataForChildren, inPregnancy],
  rules: () => course,
  notes: () => beforeRituximab,
};
