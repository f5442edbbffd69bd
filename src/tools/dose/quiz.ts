/** The dose calculator's quiz question (frame/quiz-questions.ts): the first drug's dose, typed as the calculator shows it. */
import { done, doseAnswer, record, text } from '../frame/quiz-questions';
import type { QuizQuestion } from '../shared/quiz-question';

export const doseQuiz: QuizQuestion = {
  prompt: 'The first drug’s dose, as the calculator will show it (number only)',
  kind: 'numeric',
  choices: [],
  correct: (result) => {
    const items = done(result)?.items;
    const dose = Array.isArray(items) ? text(record(items[0]).dose) : undefined;
    return dose === undefined ? undefined : doseAnswer(dose);
  },
};
