/**
 * Quiz mode (`quiz=1`): the page starts with `data-answer="hidden"` (start-frame.ts) and embed.css hides
 * the computed answer. The learner commits an answer first (the question is the tool's own, its quiz.ts);
 * the reveal button then shows the computed answer, says whether the learner's matches, and hands the
 * answer on as an xAPI statement. While the answer shows, the learner's is locked; hiding it again starts
 * the next attempt, which gets its own statement.
 */
import type { ResultData } from '../shared/results';
import type { QuizQuestion } from '../shared/quiz-question';
import { isCorrect } from './quiz-questions';
import { formatNumber } from '../../engine/format';
import { answerStatement, type AnswerStatement } from './xapi';

export function isAnswerHidden(): boolean {
  return document.documentElement.dataset.answer === 'hidden';
}

export interface QuizSetup {
  question?: QuizQuestion;
  /** The activity's IRI and name (xapi.ts). */
  activity: string;
  name: string;
  /** What the tool computed, read at the moment of the reveal. */
  result(): ResultData<unknown>;
  /** Runs each time the answer is shown. */
  onReveal(): void;
  onStatement(statement: AnswerStatement): void;
}

/** The learner's committed answer: the chosen option, or the number typed; '' before one is given. */
function learnerAnswer(form: HTMLFormElement): string {
  const field = form.elements.namedItem('quiz-answer');
  if (field instanceof RadioNodeList || field instanceof HTMLInputElement) return field.value.trim();
  return '';
}

const FEEDBACK = {
  needAnswer: 'Give your answer first: it is what the reveal checks.',
  correct: 'Your answer matches the widget’s.',
  // The widget's answer is said here too: on a phone it can be a long scroll below the question (QA walk).
  wrong: (key: string) => `Your answer differs from the widget’s, which is ${key}: compare them below.`,
  noKey: 'The widget has no answer to compare yet: complete the case, then reveal again.',
};

/** The correct answer as the widget words it: the choice's label, or the number (a range as "700–1,050"). */
function keyWords(question: QuizQuestion, correct: string): string {
  if (question.kind === 'choice') return question.choices.find((choice) => choice.id === correct)?.label ?? correct;
  return correct.split('[:]').map((part) => formatNumber(Number(part))).join('–');
}

export function startQuiz(setup: QuizSetup): void {
  const root = document.documentElement;
  const form = document.querySelector<HTMLFormElement>('[data-quiz]');
  const button = form?.querySelector<HTMLButtonElement>('[data-quiz-reveal]');
  const feedback = form?.querySelector<HTMLElement>('[data-quiz-feedback]');
  const fields = form?.querySelector<HTMLFieldSetElement>('[data-quiz-fields]');
  if (form === null || form === undefined || button === null || button === undefined || root.dataset.answer === undefined) return;
  let attempt = 0;
  const say = (text: string) => {
    if (feedback !== null && feedback !== undefined) feedback.textContent = text;
  };

  const reveal = () => {
    const response = learnerAnswer(form);
    const { question } = setup;
    if (question !== undefined && response === '') {
      say(FEEDBACK.needAnswer);
      form.querySelector<HTMLInputElement>('input')?.focus();
      return;
    }
    // The moment of answering: the widget's clock, never the engine's (which has none).
    const timestamp = new Date().toISOString();
    root.dataset.answer = 'shown';
    if (fields !== null && fields !== undefined) fields.disabled = true;
    button.setAttribute('aria-expanded', 'true');
    button.textContent = 'Hide the answer';
    setup.onReveal();
    if (question === undefined) return;
    const correct = question.correct(setup.result());
    if (correct === undefined) {
      say(FEEDBACK.noKey);
      return;
    }
    attempt += 1;
    const success = isCorrect(question, response, correct);
    say(success ? FEEDBACK.correct : FEEDBACK.wrong(keyWords(question, correct)));
    setup.onStatement(answerStatement({ activity: setup.activity, name: setup.name, question, response, correct, success, attempt, timestamp }));
  };

  const hide = () => {
    root.dataset.answer = 'hidden';
    if (fields !== null && fields !== undefined) fields.disabled = false;
    button.setAttribute('aria-expanded', 'false');
    button.textContent = 'Reveal the answer';
    say('');
  };

  form.addEventListener('submit', (event) => event.preventDefault());
  button.addEventListener('click', () => (isAnswerHidden() ? reveal() : hide()));
}
