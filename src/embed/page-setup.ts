/**
 * The first script on every embed page (EmbedLayout.astro): checks the link against the widget's rules,
 * marks the page with the theme, the hidden panels and the quiz state (embed.css does the rest), lists
 * whatever could not be used, and starts the messages to the host page. The widget's own script, which
 * runs next, reads the checked link from `data-query`.
 */
import { startEmbedFrame } from '../tools/shared/host-messages';
import { checkParams } from './check-params';
import { readConfig } from '../tools/shared/embed-config';
import { openLinksInNewTab } from './new-tab-links';
import { showNotices } from './notices';
import { keepDiagramsFullSize } from './projector';

const config = readConfig();
if (config !== undefined) {
  const { clean, notices } = checkParams(new URLSearchParams(window.location.search), config.params, config.name);
  const root = document.documentElement;
  const theme = clean.get('theme');
  if (theme !== null) root.dataset.theme = theme;
  if (theme === 'projector') keepDiagramsFullSize();
  root.dataset.hide = (clean.get('hide') ?? '').replaceAll(',', ' ');
  if (clean.get('quiz') === '1') root.dataset.answer = 'hidden';
  root.dataset.query = clean.toString();
  showNotices(notices, document.querySelector<HTMLElement>('[data-embed-notices]'));
  startEmbedFrame(config.widget);
}
openLinksInNewTab();
