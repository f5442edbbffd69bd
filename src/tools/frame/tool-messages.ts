/**
 * What an embed does with its tool once the tool answers input (tools/shared/live-tool.ts): keeps "Open in
 * ITP Pathway" current and sends each new result to the host page, unless quiz mode hides the answer (then
 * on each reveal, after the learner's answer as an xAPI statement).
 */
import type { LiveTool } from '../shared/live-tool';
import type { ResultData } from '../shared/results';
import type { EmbedConfig } from './embed-config';
import { MESSAGE_SOURCE, postToHost } from './host-messages';
import { keepOpenLinkCurrent } from './open-link';
import { isAnswerHidden, startQuiz } from './quiz';
import type { QuizQuestion } from '../shared/quiz-question';
import { activityId } from './xapi';

function sendResults(config: EmbedConfig, $result: NonNullable<LiveTool['result']>, question: QuizQuestion | undefined): void {
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
  startQuiz({
    ...(question === undefined ? {} : { question }),
    activity: activityId(window.location.href, new URLSearchParams(document.documentElement.dataset.query ?? '')),
    name: `Quiz: the ${config.name}`,
    result: (): ResultData<unknown> => $result.get(),
    onReveal: send,
    onStatement: (statement) => postToHost({ source: MESSAGE_SOURCE, type: 'statement', widget: config.widget, statement }),
  });
}

export function serveTool(config: EmbedConfig, tool: LiveTool, question?: QuizQuestion): void {
  keepOpenLinkCurrent(config, tool);
  if (tool.result !== undefined) sendResults(config, tool.result, question);
}
