// This build's version, read once when astro.config.mjs loads: when it was built (UTC, to the second) and
// the short hash of the commit it was built from. Readers see it on the About page and the update notice
// compares it (src/lib/version.ts, src/scripts/register-sw.ts). A build outside a git checkout (a source
// archive, a host that copies the files without .git) has no commit and says so rather than failing.
import { execFileSync } from 'node:child_process';

/** The short hash of HEAD in `cwd`, or null when git or the repository is absent. */
export function gitCommit(cwd = process.cwd()) {
  try {
    const hash = execFileSync('git', ['rev-parse', '--short=7', 'HEAD'], { cwd, stdio: ['ignore', 'pipe', 'ignore'] })
      .toString()
      .trim();
    return /^[0-9a-f]{7,40}$/.test(hash) ? hash : null;
  } catch {
    return null;
  }
}

/**
 * `{ built, commit, id }`: `id` sorts by build time ("2026-12-07T13:47:11Z+1a2b3c4"), so a page can tell
 * that the worker serving it belongs to a later release.
 */
export function buildVersion({ now = new Date(), commit = gitCommit() } = {}) {
  const built = now.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return { built, commit, id: commit === null ? built : `${built}+${commit}` };
}
