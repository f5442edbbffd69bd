/** The walker's quiz question (frame/quiz-questions.ts): the case's urgency, named as the engine names it. */
import { urgencyMeanings } from '../../engine';
import { done, text } from '../frame/quiz-questions';
import type { QuizQuestion } from '../shared/quiz-question';

export const walkerQuiz: QuizQuestion = {
  prompt: 'How urgent is this case?',
  kind: 'choice',
  choices: Object.entries(urgencyMeanings).map(([id, meaning]) => ({ id, label: meaning.label })),
  correct: (result) => text(done(result)?.urgency),
};
