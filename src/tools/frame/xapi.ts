/**
 * The learner's committed answer as an xAPI statement (xAPI 1.0.3, Data §2.4), for a host that records
 * learning (an LRS behind an LMS, a course page's own script). The actor is left out: the host knows the
 * learner and adds it, the widget never does. The verb is ADL's `answered`; the object is the activity the
 * preset makes (the embed's address with the case, without the display settings), an interaction of the
 * kind the question is; the attempt number is a context extension. The timestamp is the moment the learner
 * answered, read by the widget's quiz (quiz.ts) and passed in: this module stays pure.
 */
import type { QuizQuestion } from '../shared/quiz-question';

export const ANSWERED = 'http://adlnet.gov/expapi/verbs/answered';
export const INTERACTION = 'http://adlnet.gov/expapi/activities/cmi.interaction';
/** Display settings are not the case: a projector quiz and a light one are the same activity. */
const DISPLAY = ['theme', 'hide', 'quiz'];

export interface AnswerStatement {
  verb: { id: typeof ANSWERED; display: { 'en-US': 'answered' } };
  object: {
    objectType: 'Activity';
    id: string;
    definition: {
      name: { 'en-US': string };
      description: { 'en-US': string };
      type: typeof INTERACTION;
      interactionType: 'choice' | 'numeric';
      correctResponsesPattern: string[];
      choices?: { id: string; description: { 'en-US': string } }[];
    };
  };
  result: { response: string; success: boolean; score: { scaled: number; raw: number; min: 0; max: 1 } };
  context: { extensions: Record<string, number> };
  timestamp: string;
}

/** The activity's IRI: e.g. "https://itp-pathway.example.org/embed/walker/?age=45&plt=5". */
export function activityId(href: string, clean: URLSearchParams): string {
  const url = new URL(href);
  const preset = new URLSearchParams([...clean].filter(([name]) => !DISPLAY.includes(name)));
  const query = preset.toString();
  return `${url.origin}${url.pathname}${query === '' ? '' : `?${query}`}`;
}

/** The extension that numbers a learner's attempts at one activity (1 for the first reveal). */
export const attemptExtension = (origin: string) => `${origin}/xapi/extensions/attempt`;

export interface Answer {
  activity: string;
  /** "Quiz: the algorithm walker". */
  name: string;
  question: QuizQuestion;
  response: string;
  correct: string;
  success: boolean;
  attempt: number;
  /** ISO 8601, when the learner answered. */
  timestamp: string;
}

export function answerStatement({ activity, name, question, response, correct, success, attempt, timestamp }: Answer): AnswerStatement {
  const score = success ? 1 : 0;
  return {
    verb: { id: ANSWERED, display: { 'en-US': 'answered' } },
    object: {
      objectType: 'Activity',
      id: activity,
      definition: {
        name: { 'en-US': name },
        description: { 'en-US': question.prompt },
        type: INTERACTION,
        interactionType: question.kind,
        correctResponsesPattern: [correct],
        ...(question.kind === 'choice'
          ? { choices: question.choices.map((choice) => ({ id: choice.id, description: { 'en-US': choice.label } })) }
          : {}),
      },
    },
    result: { response, success, score: { scaled: score, raw: score, min: 0, max: 1 } },
    context: { extensions: { [attemptExtension(new URL(activity).origin)]: attempt } },
    timestamp,
  };
}
