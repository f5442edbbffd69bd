/**
 * A quiz question as an embed asks it (`quiz=1`): each tool's own is in its quiz.ts, named by its embed
 * definition (tool.ts); the frame asks it and checks the answer (frame/quiz.ts, quiz-questions.ts).
 */
import type { ResultData } from './results';

export interface QuizChoice {
  id: string;
  label: string;
}

export interface QuizQuestion {
  prompt: string;
  /** A closed choice, or a number typed as the widget shows it. */
  kind: 'choice' | 'numeric';
  choices: readonly QuizChoice[];
  /** The answers that count as correct for this result (one value, or a range `min[:]max`); none when the widget has none. */
  correct(result: ResultData<unknown>): string | undefined;
}
