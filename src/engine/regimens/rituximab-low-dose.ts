/**
 * Rituximab, low dose: a flat 100 mg IV once weekly for 4 doses, a 400 mg course (drugs.md §6, ✔2;
 * Zaja 2010: 48 adults, overall response 60.5 %, complete 39.5 %). Studied in adults only.
 */
import type { Note } from '../result';
import { planItems } from './plan';
import { ruleContext } from './rule-context';
import { beforeRituximab, rituximabNotes } from './rituximab-notes';
import type { ItemSpec, RegimenDefinition, RuleContext } from './types';

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

const forChildren = (context: RuleContext): Note[] => (context.ageGroup === 'child' ? [adultEvidenceOnly] : []);

export const rituximabLowDose: RegimenDefinition = {
  id: 'rituximab-low-dose',
  name: 'Rituximab, low dose',
  needs: [],
  citations: ['zaja-2010', 'rituximab-uspi'],
  rules: () => course,
  notes: (context) => [...beforeRituximab, ...forChildren(context)],
  // Not notes(context) with the pregnancy note added: a plan gives the pregnancy note before the children's.
  plan: (patient, body) => planItems(course, body, [...rituximabNotes(patient), ...forChildren(ruleContext(patient))]),
};
