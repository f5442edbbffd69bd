/**
 * Rituximab, low dose: a flat 100 mg IV once weekly for 4 doses, a 400 mg course (drugs.md §6, ✔2;
 * Zaja 2010: 48 adults, overall response 60.5 %, complete 39.5 %). Studied in adults only.
 */
import type { Note } from '../result';
import { isChild } from './patient';
import { planItems } from './plan';
import { rituximabNotes } from './rituximab-notes';
import type { ItemSpec, RegimenDefinition } from './types';

const course: readonly ItemSpec[] = [{
  drug: 'rituximab',
  dose: { basis: 'flat', amount: 100, unit: 'mg' },
  route: 'IV infusion',
  schedule: 'once weekly for 4 doses (400 mg course)',
  per: 'dose',
  citations: ['zaja-2010'],
}];

const adultEvidenceOnly: Note = {
  code: 'low-dose-adults-only',
  message: 'The low-dose schedule was studied in adults (Zaja 2010, 48 adults); the sources give no paediatric low dose. The standard paediatric dose is 375 mg/m² weekly for 4 doses.',
  citation: 'zaja-2010',
};

export const rituximabLowDose: RegimenDefinition = {
  id: 'rituximab-low-dose',
  name: 'Rituximab, low dose',
  needs: [],
  citations: ['zaja-2010', 'rituximab-uspi'],
  plan: (patient, body) => {
    const notes = rituximabNotes(patient);
    return planItems(course, body, isChild(patient) === true ? [...notes, adultEvidenceOnly] : notes);
  },
};
