/**
 * The titration simulator: one page (/tools/titration/) offering every agent, each agent's rules loaded when
 * it is chosen (agents.ts), and one embed per agent, each fixed to its agent with its own state.
 */
import { titrationAgents as agents, type Agent } from '../../engine';
import { defineTool, type EmbedSpec } from '../shared/tool';
import { titrationInstance } from './instance';
import { titrationParams } from './params';
import { titrationCaseFields } from './request';
import { agentTitles } from './words';
import { titrationQuiz } from './quiz';

function agentEmbed(agent: Agent): EmbedSpec {
  return {
    id: `titration-${agent}`,
    title: `${agentTitles[agent]} titration simulator`,
    name: `${agent} titration simulator`,
    description: `Week-by-week ${agent} titration by the label's table: every decision with the rule that fired and its source.`,
    panels: ['case', 'controls', 'counts', 'chart', 'table', 'notes', 'actions'],
    quiz: titrationQuiz,
    caseFields: titrationCaseFields(agent),
    height: 1500,
    fixed: { agent },
    choices: [agent],
  };
}

export const titrationTool = defineTool({
  id: 'titration',
  page: '/tools/titration/',
  params: titrationParams,
  embeds: agents.map(agentEmbed),
  instance: titrationInstance,
});
