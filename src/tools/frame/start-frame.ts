/**
 * What an embed page does besides its tool, first: checks the link against the widget's rules, marks the page
 * with the theme, the hidden panels and the quiz state (embed.css does the rest), lists whatever could not
 * be used, and starts the messages to the host page. The tool, which starts next, reads the checked link
 * from `data-query`; once it answers input it announces itself (shared/live-tool.ts), and the frame keeps
 * "Open in ITP Pathway" current and sends its results (tool-messages.ts).
 *
 * It runs at the top of a tool embed's own script (src/tools/<tool>/embed.ts: one file, so a sandboxed frame
 * makes one request and the code the two share is sent once), and as the script of an embed without a tool
 * (src/embed/page-setup.ts, the diagrams).
 */
import { onLiveTool } from '../shared/live-tool';
import { checkParams } from './check-params';
import { readConfig } from './embed-config';
import { startEmbedFrame } from './host-messages';
import { openLinksInNewTab } from './new-tab-links';
import { showNotices } from './notices';
import type { QuizQuestion } from '../shared/quiz-question';
import { serveTool } from './tool-messages';

/** `question`: the tool's quiz question (its quiz.ts), carried only by that tool's embed script; none for a diagram. */
export function startFrame(question?: QuizQuestion): void {
  openLinksInNewTab();
  const config = readConfig();
  if (config === undefined) return;
  const { clean, notices } = checkParams(new URLSearchParams(window.location.search), config.params, config.name);
  const root = document.documentElement;
  const theme = clean.get('theme');
  if (theme !== null) root.dataset.theme = theme;
  root.dataset.hide = (clean.get('hide') ?? '').replaceAll(',', ' ');
  if (clean.get('quiz') === '1') root.dataset.answer = 'hidden';
  root.dataset.query = clean.toString();
  showNotices(notices, document.querySelector<HTMLElement>('[data-embed-notices]'));
  startEmbedFrame(config.widget, notices);
  // Results go after `ready`, which startEmbedFrame sends from its own DOMContentLoaded listener: the tool
  // usually announces itself after that event, but may come first.
  onLiveTool((tool) => {
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => serveTool(config, tool, question), { once: true });
    else serveTool(config, tool, question);
  });
}
