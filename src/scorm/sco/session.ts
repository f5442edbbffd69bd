/**
 * One launch of a SCO against the LMS (SCORM 1.2 RTE §3.3): initialise once, record an attempt, commit,
 * and finish once — when the learner finishes or the page goes away (`pagehide`), whichever is first.
 * Without an API (the page opened on its own) every call is a no-op and `recording` is false, so the case
 * still works and the page says results are not being recorded.
 */
import type { Attempt } from '../scoring';
import { MASTERY_SCORE, sessionTime } from '../scoring';
import type { ScormApi } from './api';

export interface Session {
  readonly recording: boolean;
  record(attempt: Attempt): void;
  finish(): void;
}

const ok = (result: string) => result === 'true';

/** `now` is the page's clock (ms), read for the session time only. */
export function startSession(api: ScormApi | undefined, now: () => number): Session {
  const started = now();
  const live = api !== undefined && ok(api.LMSInitialize(''));
  let finished = false;
  let interaction = 0;
  const set = (element: string, value: string) => {
    if (live && api !== undefined) api.LMSSetValue(element, value);
  };
  if (live && api !== undefined) {
    // Opened but not answered yet: the LMS shows the case as started. A case reopened after a result keeps
    // that result until a new one is checked: leaving it unanswered must not turn "passed" into "incomplete".
    const status = api.LMSGetValue('cmi.core.lesson_status');
    if (status === '' || status === 'not attempted') set('cmi.core.lesson_status', 'incomplete');
    set('cmi.core.score.min', '0');
    set('cmi.core.score.max', '100');
  }
  return {
    recording: live,
    record(attempt) {
      if (!live || api === undefined || finished) return;
      for (const entry of attempt.interactions) {
        const n = `cmi.interactions.${interaction}`;
        interaction += 1;
        set(`${n}.id`, entry.id);
        set(`${n}.type`, 'choice');
        set(`${n}.correct_responses.0.pattern`, entry.pattern);
        set(`${n}.student_response`, entry.response);
        set(`${n}.result`, entry.result);
      }
      set('cmi.core.score.raw', String(attempt.raw));
      set('cmi.core.lesson_status', attempt.raw >= MASTERY_SCORE ? 'passed' : 'failed');
      api.LMSCommit('');
    },
    finish() {
      if (!live || api === undefined || finished) return;
      finished = true;
      set('cmi.core.session_time', sessionTime(now() - started));
      api.LMSCommit('');
      api.LMSFinish('');
    },
  };
}
