/**
 * localStorage where the browser allows it. In a sandboxed iframe, or with storage blocked, merely reading
 * `window.localStorage` throws: every access goes through here so a widget never breaks for want of it.
 */
export interface SafeStorage {
  get(key: string): string | undefined;
  set(key: string, value: string): void;
}

export function safeStorage(): SafeStorage | undefined {
  try {
    // Blocked storage throws on this access already; writes are guarded below, so the page need not write
    // to the disk on every start to find out whether it may.
    const storage = window.localStorage;
    return {
      get: (key) => {
        try {
          return storage.getItem(key) ?? undefined;
        } catch {
          // Storage revoked since the page started: read as nothing stored.
          return undefined;
        }
      },
      set: (key, value) => {
        try {
          storage.setItem(key, value);
        } catch {
          // Full or revoked storage: the state still lives in the URL.
        }
      },
    };
  } catch {
    return undefined;
  }
}
