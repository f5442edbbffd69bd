/**
 * Starts one widget on its embed page. The link has already been checked against the widget's rules
 * (page-setup.ts, `data-query`): the stores are bound as on the full page, then read again from the
 * checked link only, so a value the notices say was not used is really not used. The island then takes
 * over its build-time HTML, already in its preset state (take-over.ts), in the task after the one that
 * loaded its bundle. Results go to the host from then on.
 */
import type { ReadableAtom } from 'nanostores';
import type { ComponentChild } from 'preact';
import { inNextTask, takeOver } from '../tools/shared/take-over';
import { startEmbedState } from '../tools/shared/page-state';
import { $urlNotices } from '../tools/shared/url-state';
import { MESSAGE_SOURCE, postToHost } from '../tools/shared/host-messages';
import type { EmbedBinding } from '../tools/shared/embed-binding';
import { readConfig, type EmbedConfig } from '../tools/shared/embed-config';
import { keepOpenLinkCurrent } from '../tools/shared/open-link';
import { isAnswerHidden, startQuiz } from '../tools/shared/quiz';
import type { ResultData } from './results';

export interface WidgetMount<T> {
  /** The stores the widget reads from the link, the case first. */
  bindings: readonly EmbedBinding[];
  view(props: EmbedConfig['props']): ComponentChild;
  outcome: ReadableAtom<T>;
  result(outcome: T): ResultData<unknown>;
  /** Values the page fixes whatever the link says (the titration agent), applied before the link is read. */
  fix?: () => void;
}

function readCheckedLink(bindings: readonly EmbedBinding[]): void {
  const checked = new URLSearchParams(document.documentElement.dataset.query ?? '');
  const rereads = bindings.map((binding) => binding.remember());
  // The page lists the link's problems in its own words; the codecs' notices would repeat them.
  const notices = $urlNotices.get();
  startEmbedState(...bindings.map((binding) => binding.page));
  if (checked.toString() !== new URLSearchParams(window.location.search).toString()) {
    for (const reread of rereads) reread(checked);
  }
  $urlNotices.set(notices);
}

function sendResults<T>(config: EmbedConfig, mount: WidgetMount<T>): void {
  let last = '';
  const send = () => {
    if (isAnswerHidden()) return;
    const result = mount.result(mount.outcome.get());
    const text = JSON.stringify(result);
    if (text === last) return;
    last = text;
    postToHost({ source: MESSAGE_SOURCE, type: 'result', widget: config.widget, result });
  };
  const start = () => {
    mount.outcome.listen(send);
    send();
  };
  // After `ready`, which page-setup.ts sends from its own DOMContentLoaded listener: the widget starts in
  // the task after its bundle loaded (`inNextTask`), usually once that event has passed.
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
  else start();
  startQuiz(send);
}

export function mountWidget<T>(mount: WidgetMount<T>): void {
  const config = readConfig();
  const root = document.querySelector<HTMLElement>('[data-embed-root]');
  if (config === undefined || root === null) return;
  inNextTask(() => {
    // Before the link is read, as at build time (the titration agent).
    mount.fix?.();
    const pages = mount.bindings.map((binding) => binding.page);
    takeOver(root, pages, () => readCheckedLink(mount.bindings), mount.view(config.props));
    // The link out and the first result (which runs the engine) in a task of their own again.
    inNextTask(() => {
      keepOpenLinkCurrent(config, mount.bindings);
      sendResults(config, mount);
    });
  });
}
