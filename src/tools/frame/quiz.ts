/**
 * Quiz mode (`quiz=1`): the page starts with `data-answer="hidden"` (page-setup.ts) and embed.css hides
 * the computed answer; the reveal button shows it, and hides it again for the next learner.
 */
export function isAnswerHidden(): boolean {
  return document.documentElement.dataset.answer === 'hidden';
}

/** Wires the reveal button; `onReveal` runs each time the answer is shown. */
export function startQuiz(onReveal: () => void): void {
  const button = document.querySelector<HTMLButtonElement>('[data-quiz-reveal]');
  const root = document.documentElement;
  if (button === null || root.dataset.answer === undefined) return;
  button.addEventListener('click', () => {
    const reveal = isAnswerHidden();
    root.dataset.answer = reveal ? 'shown' : 'hidden';
    button.setAttribute('aria-expanded', String(reveal));
    button.textContent = reveal ? 'Hide the answer' : 'Reveal the answer';
    if (reveal) onReveal();
  });
}
