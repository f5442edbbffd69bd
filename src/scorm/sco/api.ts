/**
 * The SCORM 1.2 runtime as a SCO finds and calls it (SCORM 1.2 RTE §3.3): the LMS puts an object named
 * `API` on a window that encloses the SCO — a parent frame or the window that opened it — and the SCO
 * searches for it, up at most MAX_DEPTH parents, then the opener's chain, as ADL's APIWrapper does.
 * A window of another origin throws on access: it is skipped, not an error.
 */

/** The calls of the SCORM 1.2 API a SCO uses; every value is a string (RTE §3.3.2). */
export interface ScormApi {
  LMSInitialize(parameter: ''): string;
  LMSFinish(parameter: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(parameter: ''): string;
  LMSGetLastError(): string;
}

/** What the search reads of a window: enough to test it without a browser. */
export interface WindowLike {
  parent: WindowLike | null;
  opener?: WindowLike | null;
  API?: unknown;
}

/** ADL's APIWrapper gives up after 7 parents; an LMS nests its content frame a few levels at most. */
export const MAX_DEPTH = 7;

function isApi(value: unknown): value is ScormApi {
  if (typeof value !== 'object' || value === null) return false;
  const api = value as Record<string, unknown>;
  return ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit'].every((name) => typeof api[name] === 'function');
}

/** The API on `win` or one of its parents, without leaving `win`'s chain. */
function searchUp(start: WindowLike): ScormApi | undefined {
  let win: WindowLike | null = start;
  for (let depth = 0; win !== null && depth <= MAX_DEPTH; depth += 1) {
    try {
      if (isApi(win.API)) return win.API;
      if (win.parent === win) return undefined;
      win = win.parent;
    } catch {
      // Another origin's window: its API is not ours to use, and neither are its parents.
      return undefined;
    }
  }
  return undefined;
}

export function findApi(self: WindowLike): ScormApi | undefined {
  const found = searchUp(self);
  if (found !== undefined) return found;
  try {
    const opener = self.opener ?? null;
    return opener === null ? undefined : searchUp(opener);
  } catch {
    return undefined;
  }
}
