// @vitest-environment happy-dom
// What an embed page does with its tool: "Open in ITP Pathway" carries the tool's state, each new result
// goes to the host page, and quiz mode holds the result back until the answer is revealed.
import { atom } from 'nanostores';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LiveTool } from '../shared/live-tool';
import type { ResultData } from '../shared/results';
import { serveTool } from './tool-messages';
import { tool as toolDefinition } from '..';

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
    + '<form data-quiz><fieldset data-quiz-fields><input name="quiz-answer" id="quiz-answer"></fieldset>'
    + '<button type="button" data-quiz-reveal aria-expanded="false">Reveal the answer</button><p data-quiz-feedback></p></form>';
  document.documentElement.dataset.query = 'wt=70&quiz=1';
});

afterEach(() => {
  Object.defineProperty(window, 'parent', { value: window, configurable: true });
  delete document.documentElement.dataset.answer;
  delete document.documentElement.dataset.query;
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

});

describe('serveTool in quiz mode', () => {
  const doseQuiz = toolDefinition('dose').embeds[0]?.quiz;
  const doseDone: ResultData<unknown> = { state: 'done', value: { items: [{ drug: 'rituximab', dose: '681.8 mg' }] } };
  const reveal = () => document.querySelector<HTMLButtonElement>('[data-quiz-reveal]')?.click();
  const answer = (text: string) => {
    const input = document.querySelector<HTMLInputElement>('#quiz-answer');
    if (input !== null) input.value = text;
  };

  beforeEach(() => {
    document.documentElement.dataset.answer = 'hidden';
  });

  it('sends nothing, and reveals nothing, until the learner has answered', () => {
    serveTool(config, tool(doseDone).live, doseQuiz);
    reveal();
    expect(sent()).toEqual([]);
    expect(document.documentElement.dataset.answer).toBe('hidden');
    expect(document.querySelector('[data-quiz-feedback]')?.textContent).toMatch(/Give your answer first/);
  });

  it('on the reveal, sends the result and the learner’s answer as a statement, then locks the answer', () => {
    serveTool(config, tool(doseDone).live, doseQuiz);
    answer('681.8');
    reveal();
    const [result, statement] = sent();
    expect(result).toEqual({ source: 'itp-pathway', type: 'result', widget: 'dose', result: doseDone });
    expect(statement).toMatchObject({
      source: 'itp-pathway', type: 'statement', widget: 'dose',
      statement: { result: { response: '681.8', success: true, score: { scaled: 1, raw: 1, min: 0, max: 1 } } },
    });
    expect(document.querySelector<HTMLFieldSetElement>('[data-quiz-fields]')?.disabled).toBe(true);
    expect(document.querySelector('[data-quiz-feedback]')?.textContent).toMatch(/matches/);
  });

  it('a wrong answer is told the widget’s, in the widget’s words, where the learner is looking', () => {
    serveTool(config, tool(doseDone).live, doseQuiz);
    answer('680');
    reveal();
    expect(document.querySelector('[data-quiz-feedback]')?.textContent).toBe('Your answer differs from the widget’s, which is 681.8: compare them below.');
  });

  it('numbers each new attempt, with its own answer and time', () => {
    vi.useFakeTimers({ now: new Date('2026-03-01T10:00:00Z') });
    serveTool(config, tool(doseDone).live, doseQuiz);
    answer('680');
    reveal();
    reveal();
    vi.setSystemTime(new Date('2026-03-01T10:02:00Z'));
    answer('681.8');
    reveal();
    vi.useRealTimers();
    const statements = sent().filter((message) => message.type === 'statement').map((message) => message.statement);
    expect(statements.map((statement) => [statement.result.response, statement.result.success, statement.timestamp, Object.values(statement.context.extensions)])).toEqual([
      ['680', false, '2026-03-01T10:00:00.000Z', [1]],
      ['681.8', true, '2026-03-01T10:02:00.000Z', [2]],
    ]);
  });
});
