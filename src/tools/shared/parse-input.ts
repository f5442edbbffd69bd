/**
 * How what the reader typed or chose is read before the engine sees it: numbers as numbers, and yes/no
 * answers that may be left unanswered. No clinical rule lives here; the engine checks ranges and units.
 */

/**
 * Text typed into a number field, as the engine expects it: empty means "not given" (undefined), anything
 * else becomes a number — possibly NaN, which the engine then reports beside the field in words.
 */
export function parseInput(text: string): number | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  // A decimal comma ("72,5") is common in Europe; thousands separators are not accepted in these fields.
  return Number(trimmed.replace(',', '.'));
}

/**
 * A yes/no answer that may not have been given. Never a checkbox: an unticked box cannot tell "no" from
 * "not asked", and reading "not asserted" as "absent" is a hazard when it decides eligibility (anti-D
 * after splenectomy, the pregnancy route).
 */
export type Answer = '' | 'yes' | 'no';

/** The engine's optional yes/no input: absent when the question was not answered. */
export function answerValue(answer: Answer): boolean | undefined {
  return answer === '' ? undefined : answer === 'yes';
}
