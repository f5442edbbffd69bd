/** The response assessor's quiz question (frame/quiz-questions.ts): the category, in the assessor's words. */
import { done, text } from '../frame/quiz-questions';
import type { QuizQuestion } from '../shared/quiz-question';
import { categoryNames } from './words';

export const responseQuiz: QuizQuestion = {
  prompt: 'Which response category is this?',
  kind: 'choice',
  choices: Object.entries(categoryNames).map(([id, label]) => ({ id, label })),
  correct: (result) => text(done(result)?.category),
};
