/**
 * The monitoring schedule: what to measure next and when, on /tools/monitoring/, from the same agent and
 * counts as the titration simulator (the same link, and the same per-agent scripts, fostamatinib's with its
 * helper's rules: on-choice/). No embed.
 */
import { defineTool } from '../shared/tool';
import { titrationParams } from '../titration/params';
import { monitoringInstance } from './instance';

export const monitoringTool = defineTool({
  id: 'monitoring',
  page: '/tools/monitoring/',
  params: titrationParams,
  embeds: [],
  instance: monitoringInstance,
});
