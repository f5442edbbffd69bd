/**
 * What a learner commits to before the reveal in quiz mode: each tool's question is its own, beside it
 * (src/tools/<tool>/quiz.ts, named by its definition's `quiz`), in the tool's own words, and an embed's script
 * carries its own tool's question only. Each question reads its correct answer from the tool's `result` (what
 * the widget shows once revealed), so the key is the engine's answer for the case on screen and never a
 * second copy of it. This module holds what the questions share.
 */
import type { QuizQuestion } from '../shared/quiz-question';
import type { ResultData } from '../shared/results';

export const record = (value: unknown): Record<string, unknown> => (typeof value === 'object' && value !== null ? { ...value } : {});
/** The result's value once the widget has an answer. */
export const done = (result: ResultData<unknown>) => (result.state === 'done' ? record(result.value) : undefined);
export const text = (value: unknown) => (typeof value === 'string' ? value : undefined);

/** "681.8 mg" → "681.8"; "700–1,050 mg" → "700[:]1050" (the xAPI numeric range form); none without a number. */
export function doseAnswer(dose: string): string | undefined {
  const numbers = (dose.match(/\d[\d,]*(?:\.\d+)?/g) ?? []).slice(0, 2).map((part) => part.replaceAll(',', ''));
  if (numbers.length === 0) return undefined;
  return numbers.length === 2 && /^\d[\d,]*(?:\.\d+)?\s*[–-]\s*\d/.test(dose.trim()) ? numbers.join('[:]') : numbers[0];
}

/** Whether `response` is the correct answer: the same choice, or a number equal to (or within the range of) the key. */
export function isCorrect(question: QuizQuestion, response: string, correct: string): boolean {
  if (question.kind === 'choice') return response === correct;
  const typed = Number(response.trim().replace(/,(?=\d{3}\b)/g, '').replace(',', '.'));
  const [low = Number.NaN, high = low] = correct.split('[:]').map(Number);
  return Number.isFinite(typed) && typed >= low && typed <= high;
}
