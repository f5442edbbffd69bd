// @vitest-environment happy-dom
// What an embed page does with its tool: "Open in ITP Pathway" carries the tool's state, each new result
// goes to the host page, and quiz mode holds the result back until the answer is revealed.
import { atom } from 'nanostores';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LiveTool } from '../shared/live-tool';
import type { ResultData } from '../shared/results';
import { serveTool } from './tool-messages';

const config = { widget: 'dose', name: 'regimen dose calculator', params: [], page: '/tools/dose-calculator/' };
const post = vi.fn();

function tool(result: ResultData<unknown>) {
  const $state = atom('wt=70');
  const $result = atom<ResultData<unknown>>(result);
  const live: LiveTool = { encode: (params) => params.set('wt', $state.get().slice(3)), listen: (listener) => $state.listen(listener), result: $result };
  return { live, $state, $result };
}

beforeEach(() => {
  post.mockClear();
  Object.defineProperty(window, 'parent', { value: { postMessage: post }, configurable: true });
  document.body.innerHTML = '<a data-open-link href="/tools/dose-calculator/">Open in ITP Pathway</a>'
    + '<button type="button" data-quiz-reveal aria-expanded="false">Reveal the answer</button>';
});

afterEach(() => {
  Object.defineProperty(window, 'parent', { value: window, configurable: true });
  delete document.documentElement.dataset.answer;
});

const sent = () => post.mock.calls.map(([message]) => message);

describe('serveTool', () => {
  it('keeps “Open in ITP Pathway” on the tool’s current state', () => {
    const { live, $state } = tool({ state: 'idle' });
    serveTool(config, live);
    expect(document.querySelector('[data-open-link]')?.getAttribute('href')).toBe('/tools/dose-calculator/#wt=70');
    $state.set('wt=80');
    expect(document.querySelector('[data-open-link]')?.getAttribute('href')).toBe('/tools/dose-calculator/#wt=80');
  });

  it('sends each new result once', () => {
    const { live, $result } = tool({ state: 'idle' });
    serveTool(config, live);
    $result.set({ state: 'done', value: 1 });
    $result.set({ state: 'done', value: 1 });
    expect(sent()).toEqual([
      { source: 'itp-pathway', type: 'result', widget: 'dose', result: { state: 'idle' } },
      { source: 'itp-pathway', type: 'result', widget: 'dose', result: { state: 'done', value: 1 } },
    ]);
  });

  it('in quiz mode, sends nothing until the answer is revealed', () => {
    document.documentElement.dataset.answer = 'hidden';
    const { live } = tool({ state: 'done', value: 1 });
    serveTool(config, live);
    expect(sent()).toEqual([]);
    document.querySelector<HTMLButtonElement>('[data-quiz-reveal]')?.click();
    expect(sent()).toEqual([{ source: 'itp-pathway', type: 'result', widget: 'dose', result: { state: 'done', value: 1 } }]);
  });
});
