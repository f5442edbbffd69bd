/**
 * The algorithm walker: on the algorithm page (/algorithm/#walker) it starts on request, below the diagram
 * it lights; its embed draws that diagram above it.
 */
import { partsFor } from '../../engine';
import { thresholds } from '../../engine/algorithm';
import { defineTool } from '../shared/tool';
import { walkerInstance } from './instance';
import { scriptsFor } from './parts';
import { walkerParams } from './params';
import { walkerCaseFields } from './state';
import { walkerQuiz } from './quiz';

export const walkerTool = defineTool({
  id: 'walker',
  page: '/algorithm/',
  anchor: 'walker',
  params: walkerParams,
  embeds: [{
    id: 'walker',
    title: 'Algorithm walker',
    name: 'algorithm walker',
    description: 'A case walked through the treatment algorithm: the urgency, the options ranked with their reasons, and the path lit on the diagram.',
    panels: ['case', 'controls', 'diagram', 'path', 'notes'],
    quiz: walkerQuiz,
    caseFields: walkerCaseFields,
    height: 2000,
    figure: { diagram: 'algorithm', title: 'Treatment algorithm' },
  }],
  instance: walkerInstance,
  // The part scripts a child's and an adult's case load, pregnant or not (the engine's partsFor, parts.ts):
  // a pregnant child's case loads two, weighed together by the budget check.
  loadedTogether: () => [0, thresholds.adultFromYears]
    .flatMap((ageYears) => [false, true].map((pregnant) => scriptsFor(partsFor({ ageYears, pregnant }))))
    .filter((scripts) => scripts.length > 1),
});
