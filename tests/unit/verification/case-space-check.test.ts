// The invariants over the case space, as the Verification page counts them: cases walked, cases refused, and for
// each invariant the cases that break it with the first of them. (The whole space is walked once a build, by
// the page, and by tests/unit/engine/algorithm/invariants.test.ts; here a few cases show the counting.)
import { describe, expect, it, vi } from 'vitest';
import { invariants, type CaseInput } from '../../../src/engine';

const good: CaseInput = { ageYears: 45, count: 15, bleeding: 'minor', monthsSinceDiagnosis: 24, prior: [{ therapy: 'ivig', outcome: 'no-response' }] };
const bad = { ...good, count: -5 };

describe('checkCases', () => {
  it('counts the cases, the refused ones, and no violation for the engine’s own advice', async () => {
    const { checkCases } = await import('../../../src/components/verification/case-space-check');
    const check = checkCases([good, bad, { ...good, bleeding: 'life-threatening' }]);
    expect(check).toMatchObject({ cases: 3, refused: 1 });
    expect(check.results.map((result) => result.id)).toEqual(invariants.map((invariant) => invariant.id));
    expect(check.results.every((result) => result.violations === 0 && result.first === undefined)).toBe(true);
  });

  it('counts each violation against its invariant and keeps the first case', async () => {
    vi.resetModules();
    vi.doMock('../../../src/engine', async (original) => ({
      ...(await original<typeof import('../../../src/engine')>()),
      violations: (input: CaseInput) => (input.count < 20 ? [{ invariant: 'emergency-first', message: 'broken on purpose' }, { invariant: 'not-an-invariant', message: 'ignored' }] : []),
    }));
    const { checkCases } = await import('../../../src/components/verification/case-space-check');
    const check = checkCases([good, { ...good, count: 10 }, { ...good, count: 40 }]);
    expect(check.results.find((result) => result.id === 'emergency-first')).toEqual({ id: 'emergency-first', violations: 2, first: { input: good, message: 'broken on purpose' } });
    expect(check.results.filter((result) => result.violations > 0)).toHaveLength(1);
    vi.doUnmock('../../../src/engine');
  });
});
