/**
 * What an embed does with its tool once the tool answers input (tools/shared/live-tool.ts): keeps "Open in
 * ITP Pathway" current and sends each new result to the host page, unless quiz mode hides the answer (then
 * on each reveal).
 */
import type { LiveTool } from '../shared/live-tool';
import type { EmbedConfig } from './embed-config';
import { MESSAGE_SOURCE, postToHost } from './host-messages';
import { keepOpenLinkCurrent } from './open-link';
import { isAnswerHidden, startQuiz } from './quiz';

function sendResults(config: EmbedConfig, $result: NonNullable<LiveTool['result']>): void {
  let last = '';
  const send = () => {
    if (isAnswerHidden()) return;
    const result = $result.get();
    const text = JSON.stringify(result);
    if (text === last) return;
    last = text;
    postToHost({ source: MESSAGE_SOURCE, type: 'result', widget: config.widget, result });
  };
  $result.listen(send);
  send();
  startQuiz(send);
}

export function serveTool(config: EmbedConfig, tool: LiveTool): void {
  keepOpenLinkCurrent(config, tool);
  if (tool.result !== undefined) sendResults(config, tool.result);
}
