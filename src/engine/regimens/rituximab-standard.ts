/**
 * Rituximab, standard dose: 375 mg/m² IV once weekly for 4 doses (drugs.md §6, ✔2), in adults and
 * children (guidelines.md §6). The dose comes from the unrounded BSA (drugs.md §6.1, W57–W60).
 */
import { regimenNames } from './names';
import { beforeRituximab, inPregnancy } from './rituximab-notes';
import type { ItemSpec, RegimenDefinition } from './types';

const course: readonly ItemSpec[] = [{
  drug: 'rituximab',
  dose: { basis: 'bsa', perM2: 375, unit: 'mg' },
  route: 'IV infusion',
  schedule: 'once weekly for 4 doses',
  per: 'dose',
  citations: ['godeau-2008', 'patel-2012'],
}];

export const rituximabStandard: RegimenDefinition = {
  id: 'rituximab-standard',
  name: regimenNames['rituximab-standard'],
  needs: [{ field: 'heightCm', why: 'rituximab 375 mg/m² is dosed by body-surface area' }],
  citations: ['godeau-2008', 'patel-2012', 'rituximab-uspi'],
  limits: [inPregnancy],
  rules: () => course,
  notes: () => beforeRituximab,
};
