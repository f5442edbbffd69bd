// The SCO finds the LMS's SCORM 1.2 API as ADL's wrapper does, skips windows of another origin, and talks
// to it in the right order; without one, it records nothing and says so.
import { describe, expect, it } from 'vitest';
import { scoreAttempt } from '../../../src/scorm/scoring';
import { findApi, MAX_DEPTH, type ScormApi, type WindowLike } from '../../../src/scorm/sco/api';
import { startSession } from '../../../src/scorm/sco/session';

function fakeApi(initialize = 'true', status = 'not attempted'): ScormApi & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    LMSGetValue: (element) => (element === 'cmi.core.lesson_status' ? status : ''),
    LMSInitialize: () => { calls.push('LMSInitialize'); return initialize; },
    LMSFinish: () => { calls.push('LMSFinish'); return 'true'; },
    LMSSetValue: (element, value) => { calls.push(`${element}=${value}`); return 'true'; },
    LMSCommit: () => { calls.push('LMSCommit'); return 'true'; },
    LMSGetLastError: () => '0',
  };
}

/** A chain of `depth` frames under a top window holding `api`; returns the innermost. */
function nested(depth: number, api: unknown): WindowLike {
  const top: WindowLike = { parent: null, API: api };
  top.parent = top;
  let win = top;
  for (let level = 0; level < depth; level += 1) win = { parent: win };
  return win;
}

describe('findApi', () => {
  it('finds the API on the SCO’s own window, a parent within reach, or the opener’s chain', () => {
    const api = fakeApi();
    expect(findApi(nested(0, api))).toBe(api);
    expect(findApi(nested(MAX_DEPTH, api))).toBe(api);
    expect(findApi({ parent: null, opener: nested(2, api) })).toBe(api);
  });

  it('gives up beyond the depth limit, and finds nothing where there is no API', () => {
    expect(findApi(nested(MAX_DEPTH + 2, fakeApi()))).toBeUndefined();
    expect(findApi(nested(3, undefined))).toBeUndefined();
    expect(findApi(nested(1, { LMSInitialize: 'not a function' }))).toBeUndefined();
  });

  it('skips a window of another origin, whose properties throw', () => {
    const foreign = { get API(): unknown { throw new Error('SecurityError'); }, get parent(): WindowLike { throw new Error('SecurityError'); } };
    expect(findApi({ parent: foreign })).toBeUndefined();
  });
});

describe('a session', () => {
  const attempt = scoreAttempt([{ id: 'urgency', choices: ['emergency', 'urgent'], correct: 'emergency' }], { urgency: 'urgent' });

  it('initialises, records the score, status and interactions, commits, and finishes once', () => {
    const api = fakeApi();
    let clock = 1000;
    const session = startSession(api, () => clock);
    expect(session.recording).toBe(true);
    session.record(attempt);
    clock += 65_000;
    session.finish();
    session.finish();
    expect(api.calls).toEqual([
      'LMSInitialize', 'cmi.core.lesson_status=incomplete', 'cmi.core.score.min=0', 'cmi.core.score.max=100',
      'cmi.interactions.0.id=urgency', 'cmi.interactions.0.type=choice', 'cmi.interactions.0.correct_responses.0.pattern=a',
      'cmi.interactions.0.student_response=b', 'cmi.interactions.0.result=wrong',
      'cmi.core.score.raw=0', 'cmi.core.lesson_status=failed', 'LMSCommit',
      'cmi.core.session_time=0000:01:05.00', 'LMSCommit', 'LMSFinish',
    ]);
  });

  it('leaves a result from an earlier launch as it is until a new answer is checked', () => {
    const api = fakeApi('true', 'passed');
    startSession(api, () => 0).finish();
    expect(api.calls.filter((call) => call.startsWith('cmi.core.lesson_status'))).toEqual([]);
    expect(api.calls.at(-1)).toBe('LMSFinish');
  });

  it('records nothing without an API, or when the LMS refuses to initialise', () => {
    for (const api of [undefined, fakeApi('false')]) {
      const session = startSession(api, () => 0);
      session.record(attempt);
      session.finish();
      expect(session.recording).toBe(false);
    }
    const refused = fakeApi('false');
    startSession(refused, () => 0).record(attempt);
    expect(refused.calls).toEqual(['LMSInitialize']);
  });
});
