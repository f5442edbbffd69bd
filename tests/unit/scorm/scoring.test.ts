// A learner's attempt as the LMS records it: the score is the share of graded answers that are right,
// passed only at the mastery score, each answer a SCORM 1.2 `choice` interaction, and the session time in
// CMITimespan form.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MASTERY_SCORE, choiceLetter, scoreAttempt, sessionTime, type Graded } from '../../../src/scorm/scoring';

const urgency: Graded = { id: 'urgency', choices: ['emergency', 'urgent', 'routine'], correct: 'emergency' };
const first: Graded = { id: 'first-option', choices: ['emergency-care', 'tpo-ra', 'rituximab'], correct: 'tpo-ra' };

describe('scoreAttempt', () => {
  it('gives 100 and passed when both answers are right, 50 and failed when one is wrong, 0 when none is right', () => {
    expect(scoreAttempt([urgency, first], { urgency: 'emergency', 'first-option': 'tpo-ra' })).toMatchObject({ raw: 100, status: 'passed' });
    expect(scoreAttempt([urgency, first], { urgency: 'urgent', 'first-option': 'tpo-ra' })).toMatchObject({ raw: 50, status: 'failed' });
    expect(scoreAttempt([urgency, first], { urgency: 'routine', 'first-option': 'rituximab' })).toMatchObject({ raw: 0, status: 'failed' });
  });

  it('records each answer as a choice interaction: the letter chosen, the right letter and the result', () => {
    expect(scoreAttempt([urgency, first], { urgency: 'urgent', 'first-option': 'tpo-ra' }).interactions).toEqual([
      { id: 'urgency', response: 'b', pattern: 'a', result: 'wrong' },
      { id: 'first-option', response: 'b', pattern: 'b', result: 'correct' },
    ]);
  });

  it('keeps the score within 0–100, a whole number, passed exactly when every answer is right (property)', () => {
    const question = fc.record({
      choices: fc.uniqueArray(fc.string({ minLength: 1, maxLength: 8 }), { minLength: 2, maxLength: 13 }),
      pick: fc.nat(), right: fc.nat(),
    });
    fc.assert(fc.property(fc.array(question, { minLength: 1, maxLength: 6 }), (specs) => {
      const graded = specs.map((spec, index): Graded => ({ id: `q${index}`, choices: spec.choices, correct: spec.choices[spec.right % spec.choices.length] ?? '' }));
      const answers = Object.fromEntries(specs.map((spec, index) => [`q${index}`, spec.choices[spec.pick % spec.choices.length] ?? '']));
      const attempt = scoreAttempt(graded, answers);
      const allRight = graded.every((question) => answers[question.id] === question.correct);
      expect(Number.isInteger(attempt.raw)).toBe(true);
      expect(attempt.raw).toBeGreaterThanOrEqual(0);
      expect(attempt.raw).toBeLessThanOrEqual(100);
      expect(attempt.status === 'passed').toBe(allRight);
      expect(attempt.raw === MASTERY_SCORE).toBe(allRight);
      for (const entry of attempt.interactions) expect(entry.response).toMatch(/^[a-z0-9]$/);
    }));
  });
});

describe('choiceLetter', () => {
  it('is a–z then 0–9, the characters SCORM 1.2 allows in a choice response', () => {
    expect([0, 1, 25, 26, 35].map(choiceLetter)).toEqual(['a', 'b', 'z', '0', '9']);
  });
});

describe('sessionTime', () => {
  it('is HHHH:MM:SS.SS, and zero for a clock that went backwards or broke', () => {
    expect(sessionTime(0)).toBe('0000:00:00.00');
    expect(sessionTime(3_723_450)).toBe('0001:02:03.45');
    expect(sessionTime(-5)).toBe('0000:00:00.00');
    expect(sessionTime(Number.NaN)).toBe('0000:00:00.00');
  });

  it('always matches the CMITimespan pattern (property)', () => {
    fc.assert(fc.property(fc.double({ min: -1e12, max: 1e12, noNaN: false }), (ms) => {
      expect(sessionTime(ms)).toMatch(/^\d{4}:\d{2}:\d{2}\.\d{2}$/);
    }));
  });
});
