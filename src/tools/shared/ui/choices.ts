/** Building blocks for closed choices: a list with labels, and the yes / no / not known answer. */
import type { Answer } from '../parse-input';
import type { Choice } from './SelectField';

/** Choices for a closed list, in the list's order, with their labels. */
export function choicesOf<T extends string>(values: readonly T[], labels: Record<T, string>): Choice<T>[] {
  return values.map((value) => ({ value, label: labels[value] }));
}

/** Yes, no, or not known: "not known" is a real answer, never read as "no". */
export const answerChoices: readonly Choice<Answer>[] = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
  { value: '', label: 'Not known' },
];
