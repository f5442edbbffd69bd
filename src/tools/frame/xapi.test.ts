// The learner's answer as an xAPI statement, checked by a real validator (@learninglocker/xapi-validation,
// the rules Learning Locker's LRS applies) once the host has added the learner, as a host would.
import validateStatement from '@learninglocker/xapi-validation';
import { describe, expect, it } from 'vitest';
import { tool } from '..';
import type { QuizQuestion } from '../shared/quiz-question';
import { activityId, answerStatement, ANSWERED } from './xapi';

/** The question a tool's embeds ask (its definition's, as the embed page renders it). */
const question = (id: string): QuizQuestion => {
  const found = tool(id).embeds[0]?.quiz;
  if (found === undefined) throw new Error(`no question for ${id}`);
  return found;
};
const activity = 'http://127.0.0.1:4391/embed/walker/?age=45&plt=5&bleed=life-threatening&months=1';
const learner = { objectType: 'Agent', name: 'A learner', mbox: 'mailto:learner@example.org' };

const statementFor = (tool: string, response: string, correct: string, attempt = 1) => answerStatement({
  activity, name: 'Quiz: the algorithm walker', question: question(tool), response, correct,
  success: response === correct, attempt, timestamp: '2026-03-01T10:00:00.000Z',
});

describe('answerStatement', () => {
  it.each([
    ['walker', 'urgent', 'emergency'],
    ['response', 'response', 'response'],
    ['titration', 'increase', 'maintain'],
    ['dose', '681.8', '681.8'],
    ['dose', '800', '700[:]1050'],
  ])('for the %s question (%s against %s) is a valid statement once the host adds the actor', (tool, response, correct) => {
    const statement = statementFor(tool, response, correct);
    expect(validateStatement({ actor: learner, ...statement })).toEqual([]);
  });

  it('is refused by the validator without the actor: the widget never names the learner, the host must', () => {
    const statement = statementFor('walker', 'urgent', 'emergency');
    expect('actor' in statement).toBe(false);
    expect(validateStatement(statement)).not.toEqual([]);
  });

  it('says what was answered, whether it was right, the score, the attempt and when', () => {
    const statement = statementFor('walker', 'urgent', 'emergency', 2);
    expect(statement).toMatchObject({
      verb: { id: ANSWERED },
      object: { id: activity, definition: { interactionType: 'choice', correctResponsesPattern: ['emergency'] } },
      result: { response: 'urgent', success: false, score: { scaled: 0, raw: 0, min: 0, max: 1 } },
      context: { extensions: { 'http://127.0.0.1:4391/xapi/extensions/attempt': 2 } },
      timestamp: '2026-03-01T10:00:00.000Z',
    });
  });
});

describe('activityId', () => {
  it('is the embed with its case, without the display settings', () => {
    expect(activityId('http://127.0.0.1:4391/embed/walker/?age=45&theme=projector&quiz=1', new URLSearchParams('age=45&theme=projector&quiz=1&hide=case')))
      .toBe('http://127.0.0.1:4391/embed/walker/?age=45');
    expect(activityId('https://itp-pathway.example.org/embed/dose/?quiz=1', new URLSearchParams('quiz=1'))).toBe('https://itp-pathway.example.org/embed/dose/');
  });
});
