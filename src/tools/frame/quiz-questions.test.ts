// Each quiz question's key is read from what the widget shows once revealed: its result.
import { describe, expect, it } from 'vitest';
import type { ResultData } from '../shared/results';
import { tool } from '..';
import type { QuizQuestion } from '../shared/quiz-question';
import { doseAnswer, isCorrect } from './quiz-questions';

/** The question a tool's embeds ask (its definition's, as the embed page renders it). */
const question = (id: string): QuizQuestion => {
  const found = tool(id).embeds[0]?.quiz;
  if (found === undefined) throw new Error(`no question for ${id}`);
  return found;
};
const done = (value: unknown): ResultData<unknown> => ({ state: 'done', value });

describe('the key is the widget’s own answer', () => {
  it.each([
    ['walker', done({ urgency: 'urgent', options: [] }), 'urgent'],
    ['response', done({ category: 'no-response' }), 'no-response'],
    ['titration', done({ steps: [{ action: 'start' }, { action: 'increase' }] }), 'increase'],
    ['dose', done({ items: [{ dose: '681.8 mg' }, { dose: '2 mg' }] }), '681.8'],
  ])('%s', (tool, result, key) => {
    expect(question(tool).correct(result)).toBe(key);
  });

  it.each(['walker', 'response', 'titration', 'dose'])('%s has none while the widget has no answer', (tool) => {
    expect(question(tool).correct({ state: 'idle' })).toBeUndefined();
    expect(question(tool).correct({ state: 'problems', problems: ['Enter the weight.'] })).toBeUndefined();
    expect(question(tool).correct(done({}))).toBeUndefined();
  });
});

describe('doseAnswer', () => {
  it.each([
    ['681.8 mg', '681.8'],
    ['1,000 mg', '1000'],
    ['3,500 mcg (17,500 units)', '3500'],
    ['700–1,050 mg per day', '700[:]1050'],
    ['80 mg per day', '80'],
    ['see the schedule', undefined],
  ])('%s → %s', (dose, answer) => {
    expect(doseAnswer(dose)).toBe(answer);
  });
});

describe('isCorrect', () => {
  const dose = question('dose');
  it.each([
    ['681.8', '681.8', true],
    ['681,8', '681.8', true],
    ['1,000', '1000', true],
    ['682', '681.8', false],
    ['900', '700[:]1050', true],
    ['1051', '700[:]1050', false],
    ['', '681.8', false],
    ['lots', '681.8', false],
  ])('a typed dose %s against %s: %s', (typed, key, expected) => {
    expect(isCorrect(dose, typed, key)).toBe(expected);
  });

  it('a choice must be the same choice', () => {
    expect(isCorrect(question('walker'), 'urgent', 'urgent')).toBe(true);
    expect(isCorrect(question('walker'), 'routine', 'urgent')).toBe(false);
  });
});
