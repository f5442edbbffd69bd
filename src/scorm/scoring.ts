/**
 * A learner's attempt at one case, scored as the SCORM 1.2 data model records it (SCORM 1.2 RTE §3.4):
 * `cmi.core.score.raw` 0–100, `cmi.core.lesson_status` passed or failed against the mastery score the
 * manifest states, and one `cmi.interactions.n` per graded question (type `choice`, `result` `correct` or
 * `wrong`). Pure: the SCO's script and the unit tests both call it.
 */

/** Both graded answers must be right to pass: a wrong urgency or a wrong first step each misleads care. */
export const MASTERY_SCORE = 100;

export interface Graded {
  id: string;
  /** The choices' values, in the order shown. */
  choices: readonly string[];
  correct: string;
}

export interface InteractionResult {
  id: string;
  /** SCORM 1.2 `choice` responses are single characters 0–9, a–z (RTE §3.4.2.7.5): "a" is the first choice. */
  response: string;
  pattern: string;
  result: 'correct' | 'wrong';
}

export interface Attempt {
  raw: number;
  status: 'passed' | 'failed';
  interactions: InteractionResult[];
}

/** The letter SCORM 1.2 records for the choice at `index` (at most 36 choices: 0–9 after a–z). */
export function choiceLetter(index: number): string {
  const letters = 'abcdefghijklmnopqrstuvwxyz0123456789';
  return letters.charAt(index) || '?';
}

/** `answers`: question id → the value chosen. Every graded question must have an answer. */
export function scoreAttempt(graded: readonly Graded[], answers: Readonly<Record<string, string>>): Attempt {
  const interactions = graded.map((question): InteractionResult => {
    const chosen = answers[question.id] ?? '';
    return {
      id: question.id,
      response: choiceLetter(question.choices.indexOf(chosen)),
      pattern: choiceLetter(question.choices.indexOf(question.correct)),
      result: chosen === question.correct ? 'correct' : 'wrong',
    };
  });
  const right = interactions.filter((entry) => entry.result === 'correct').length;
  const raw = graded.length === 0 ? 0 : Math.round((100 * right) / graded.length);
  return { raw, status: raw >= MASTERY_SCORE ? 'passed' : 'failed', interactions };
}

/** SCORM 1.2 CMITimespan, HHHH:MM:SS.SS (RTE §3.4.2.1.5), from milliseconds. */
export function sessionTime(ms: number): string {
  const safe = Number.isFinite(ms) && ms > 0 ? ms : 0;
  const hundredths = Math.floor(safe / 10);
  const hours = Math.min(9999, Math.floor(hundredths / 360000));
  const minutes = Math.floor((hundredths % 360000) / 6000);
  const seconds = (hundredths % 6000) / 100;
  const pad = (value: number, width: number) => String(value).padStart(width, '0');
  return `${pad(hours, 4)}:${pad(minutes, 2)}:${seconds.toFixed(2).padStart(5, '0')}`;
}
