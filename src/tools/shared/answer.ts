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
