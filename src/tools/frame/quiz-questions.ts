/**
 * What the learner commits to before the reveal in quiz mode, per tool: the walker's urgency, the response
 * assessor's category, a titration simulator's latest decision, the dose calculator's first dose. Each
 * question reads its correct answer from the tool's `result` (what the widget shows once revealed), so the
 * key is the engine's answer for the case on screen and never a second copy of it. The choices' words are
 * the tools' own (walker/AlgorithmWalker.tsx, response/ResponseAssessor.tsx, titration/words.ts); the frame
 * cannot import a tool, so they are repeated here, and tests/e2e/embed-quiz.spec.ts holds them together.
 */
import type { ResultData } from '../shared/results';

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

const record = (value: unknown): Record<string, unknown> => (typeof value === 'object' && value !== null ? { ...value } : {});
const done = (result: ResultData<unknown>) => (result.state === 'done' ? record(result.value) : undefined);
const text = (value: unknown) => (typeof value === 'string' ? value : undefined);

/** "681.8 mg" → "681.8"; "700–1,050 mg" → "700[:]1050" (the xAPI numeric range form); none without a number. */
export function doseAnswer(dose: string): string | undefined {
  const numbers = (dose.match(/\d[\d,]*(?:\.\d+)?/g) ?? []).slice(0, 2).map((part) => part.replaceAll(',', ''));
  if (numbers.length === 0) return undefined;
  return numbers.length === 2 && /^\d[\d,]*(?:\.\d+)?\s*[–-]\s*\d/.test(dose.trim()) ? numbers.join('[:]') : numbers[0];
}

export const quizQuestions: Readonly<Record<string, QuizQuestion>> = {
  walker: {
    prompt: 'How urgent is this case?',
    kind: 'choice',
    choices: [{ id: 'emergency', label: 'Emergency' }, { id: 'urgent', label: 'Urgent' }, { id: 'routine', label: 'Routine' }],
    correct: (result) => text(done(result)?.urgency),
  },
  response: {
    prompt: 'Which response category is this?',
    kind: 'choice',
    choices: [
      { id: 'complete-response', label: 'Complete response (CR)' },
      { id: 'response', label: 'Response (R)' },
      { id: 'no-response', label: 'No response (NR)' },
    ],
    correct: (result) => text(done(result)?.category),
  },
  titration: {
    prompt: 'What is the decision at the latest count?',
    kind: 'choice',
    choices: [
      { id: 'start', label: 'Start' }, { id: 'increase', label: 'Increase' }, { id: 'decrease', label: 'Decrease' },
      { id: 'maintain', label: 'Keep the dose' }, { id: 'hold', label: 'Hold' }, { id: 'resume', label: 'Restart' },
      { id: 'discontinue', label: 'Stop' },
    ],
    correct: (result) => {
      const steps = done(result)?.steps;
      return Array.isArray(steps) ? text(record(steps.at(-1)).action) : undefined;
    },
  },
  dose: {
    prompt: 'The first drug’s dose, as the calculator will show it (number only)',
    kind: 'numeric',
    choices: [],
    correct: (result) => {
      const items = done(result)?.items;
      const dose = Array.isArray(items) ? text(record(items[0]).dose) : undefined;
      return dose === undefined ? undefined : doseAnswer(dose);
    },
  },
};

/** Whether `response` is the correct answer: the same choice, or a number equal to (or within the range of) the key. */
export function isCorrect(question: QuizQuestion, response: string, correct: string): boolean {
  if (question.kind === 'choice') return response === correct;
  const typed = Number(response.trim().replace(/,(?=\d{3}\b)/g, '').replace(',', '.'));
  const [low = Number.NaN, high = low] = correct.split('[:]').map(Number);
  return Number.isFinite(typed) && typed >= low && typed <= high;
}
