/** The regimen dose calculator: its page (/tools/dose-calculator/) and its embed, with the case panel. */
import { defineTool } from '../shared/tool';
import { doseInstance } from './instance';
import { doseParams } from './params';
import { doseCaseFields } from './state';
import { doseQuiz } from './quiz';

export const doseTool = defineTool({
  id: 'dose',
  page: '/tools/dose-calculator/',
  params: doseParams,
  embeds: [{
    id: 'dose',
    title: 'Regimen dose calculator',
    name: 'regimen dose calculator',
    description: 'Doses of the regimens used in ITP after IVIG failure for one patient, each with its working, cap, schedule and sources.',
    panels: ['case', 'controls', 'notes', 'actions'],
    quiz: doseQuiz,
    caseFields: doseCaseFields,
    height: 1200,
  }],
  instance: doseInstance,
});
