/** The IWG 2009 response assessor: its page (/tools/response/) and its embed. It shows no case panel. */
import { defineTool } from '../shared/tool';
import { responseInstance } from './instance';
import { responseParams } from './params';
import { responseQuiz } from './quiz';

export const responseTool = defineTool({
  id: 'response',
  page: '/tools/response/',
  params: responseParams,
  embeds: [{
    id: 'response',
    title: 'Response assessor',
    name: 'response assessor',
    description: 'Response to an ITP treatment by the IWG 2009 criteria from a baseline count, later counts and bleeding.',
    panels: ['controls', 'counts', 'notes'],
    quiz: responseQuiz,
    caseFields: [],
    height: 900,
  }],
  instance: responseInstance,
});
