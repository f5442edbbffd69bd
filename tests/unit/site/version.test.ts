// The version a reader sees on the About page and that the update notice compares.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildVersion, gitCommit } from '../../../src/integrations/build-version.mjs';
import { describeVersion } from '../../../src/lib/version';

describe('build version', () => {
  it('is the build time to the second and the short commit, in an id that sorts by build time', () => {
    const first = buildVersion({ now: new Date('2026-12-07T09:05:03.250Z'), commit: 'abc1234' });
    const later = buildVersion({ now: new Date('2026-12-07T10:00:00Z'), commit: '0000000' });
    expect(first).toEqual({ built: '2026-12-07T09:05:03Z', commit: 'abc1234', id: '2026-12-07T09:05:03Z+abc1234' });
    expect(later.id > first.id).toBe(true);
  });

  it('has no commit, and no error, outside a git checkout', () => {
    expect(gitCommit(mkdtempSync(join(tmpdir(), 'itp-nogit-')))).toBeNull();
    expect(buildVersion({ now: new Date('2026-12-07T09:05:03Z'), commit: null }).id).toBe('2026-12-07T09:05:03Z');
  });
});

describe('the version readers see', () => {
  it('reads as a date and a commit, and says so when either is missing', () => {
    expect(describeVersion('2026-12-07T09:05:03Z', 'abc1234')).toEqual({
      built: '2026-12-07T09:05:03Z', commit: 'abc1234', id: '2026-12-07T09:05:03Z+abc1234', label: '7 December 2026, commit abc1234',
    });
    expect(describeVersion('2026-12-07T09:05:03Z', null).label).toBe('7 December 2026, commit not recorded');
    expect(describeVersion(null, null)).toEqual({ built: null, commit: null, id: '', label: 'a development copy, commit not recorded' });
  });
});
