/**
 * The SCO's script (bundled into the package as shared/sco.js, a classic script so that it also runs from
 * a file): the learner commits both graded answers, then sees the result, the right answers and the
 * discussion; the attempt goes to the LMS as it is checked, and the session ends on "Finish" or when the
 * page goes away. Nothing is sent anywhere but the LMS's own API object in an enclosing window.
 */
// The formatting gate's own entry point, not the engine's: formatNumber alone adds 1.4 KB, the engine 170 KB.
import { formatNumber } from '../../engine/format';
import { scoreAttempt, type Graded } from '../scoring';
import { findApi } from './api';
import { startSession } from './session';

function byId<T extends HTMLElement>(id: string, type: new () => T): T {
  const element = document.getElementById(id);
  if (!(element instanceof type)) throw new Error(`The SCO page has no #${id}.`);
  return element;
}

interface Question extends Graded {
  fieldset: HTMLFieldSetElement;
  legend: string;
  labels: Record<string, string>;
}

function readQuestions(form: HTMLFormElement): Question[] {
  return [...form.querySelectorAll<HTMLFieldSetElement>('fieldset[data-graded]')].map((fieldset) => {
    const inputs = [...fieldset.querySelectorAll<HTMLInputElement>('input[type=radio]')];
    const labels = Object.fromEntries(inputs.map((input) => [input.value, input.labels?.[0]?.textContent ?? input.value]));
    return {
      id: fieldset.dataset['graded'] ?? '',
      choices: inputs.map((input) => input.value),
      correct: fieldset.dataset['correct'] ?? '',
      fieldset,
      legend: fieldset.querySelector('legend')?.textContent ?? '',
      labels,
    };
  });
}

function chosen(question: Question): string | undefined {
  return question.fieldset.querySelector<HTMLInputElement>('input[type=radio]:checked')?.value;
}

function start(): void {
  const form = byId('answers', HTMLFormElement);
  const questions = readQuestions(form);
  const session = startSession(findApi(window), () => Date.now());
  byId('lms', HTMLElement).textContent = session.recording
    ? 'Your course platform is recording your result for this case.'
    : 'Results are not being recorded: this case was opened outside a course platform. You can still work through it.';

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const answers: Record<string, string> = {};
    for (const question of questions) {
      const value = chosen(question);
      if (value !== undefined) answers[question.id] = value;
    }
    const missing = questions.find((question) => answers[question.id] === undefined);
    const error = byId('form-error', HTMLElement);
    if (missing !== undefined) {
      error.hidden = false;
      missing.fieldset.querySelector<HTMLInputElement>('input[type=radio]')?.focus();
      return;
    }
    error.hidden = true;
    const attempt = scoreAttempt(questions, answers);
    session.record(attempt);
    // Committed: the answers stay as given, so the result beside them is the one the LMS holds.
    for (const question of questions) question.fieldset.disabled = true;
    form.querySelector('button[type=submit]')?.setAttribute('hidden', '');
    const feedback = byId('feedback', HTMLUListElement);
    feedback.replaceChildren(...questions.map((question, index) => {
      const item = document.createElement('li');
      const right = attempt.interactions[index]?.result === 'correct';
      const given = question.labels[answers[question.id] ?? ''] ?? '';
      const answer = question.labels[question.correct] ?? question.correct;
      item.textContent = `${question.legend} You answered ${given}: ${right ? 'right' : 'not the answer'}. The answer: ${answer}.`;
      item.className = right ? 'right' : 'wrong';
      return item;
    }));
    const right = attempt.interactions.filter((entry) => entry.result === 'correct').length;
    byId('score', HTMLElement).textContent = `${formatNumber(right)} of ${formatNumber(questions.length)} right: a score of ${formatNumber(attempt.raw)} out of 100 (${attempt.status}).`;
    byId('recorded', HTMLElement).textContent = session.recording
      ? 'Your course platform has this result.'
      : 'This result is not recorded anywhere: the case was opened outside a course platform.';
    byId('result', HTMLElement).hidden = false;
    byId('discussion', HTMLElement).hidden = false;
    byId('result-heading', HTMLElement).focus();
  });

  byId('finish', HTMLButtonElement).addEventListener('click', () => {
    session.finish();
    byId('finished', HTMLElement).textContent = session.recording
      ? 'Finished: your course platform has your result. You can close this case.'
      : 'Finished. You can close this case.';
  });
  window.addEventListener('pagehide', () => session.finish());
}

start();
