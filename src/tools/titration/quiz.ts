/** A titration simulator's quiz question (frame/quiz-questions.ts): the decision at the latest count, in the simulator's words. */
import { done, record, text } from '../frame/quiz-questions';
import type { QuizQuestion } from '../shared/quiz-question';
import { actionNames } from './words';

export const titrationQuiz: QuizQuestion = {
  prompt: 'What is the decision at the latest count?',
  kind: 'choice',
  choices: Object.entries(actionNames).map(([id, label]) => ({ id, label })),
  correct: (result) => {
    const steps = done(result)?.steps;
    return Array.isArray(steps) ? text(record(steps.at(-1)).action) : undefined;
  },
};
