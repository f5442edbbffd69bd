/**
 * The third engine audit's cases (audit B): what an adult's or a child's corticosteroid history, an unstated
 * pregnancy and a failed TPO-RA do to the advice. Sources: guidelines.md §1.2, §1.4, §2.1, §3.2, §4.2, §7.2,
 * §8.2; drugs.md §1, §8.2.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { priorOutcomes, priorTherapies, recommend, type CaseInput } from '../../../../src/engine/algorithm';
import { advise, adviseWithNotes, ids, option } from './helpers';

const ivigFailed = { therapy: 'ivig', outcome: 'no-response' } as const;
const dependent = { therapy: 'corticosteroids', outcome: 'dependent' } as const;
const adult: CaseInput = { ageYears: 50, count: 20, bleeding: 'none', monthsSinceDiagnosis: 24, prior: [ivigFailed] };
const caution = 'Pregnancy is not stated';

function notesOf(c: CaseInput) {
  const result = recommend(c);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.warnings;
}

const anyCase: fc.Arbitrary<CaseInput> = fc.record({
  ageYears: fc.oneof(fc.double({ min: 0, max: 100, noNaN: true }), fc.constantFrom(9.99, 10, 17.99, 18, 59.99, 60)),
  count: fc.oneof(fc.double({ min: 0, max: 500, noNaN: true }), fc.constantFrom(9.9, 10, 29.9, 30, 150, 450)),
  bleeding: fc.constantFrom('none', 'minor', 'mucosal', 'life-threatening'),
  monthsSinceDiagnosis: fc.oneof(fc.double({ min: 0, max: 120, noNaN: true }), fc.constantFrom(2.5, 2.99, 3, 24)),
  prior: fc.array(fc.record({ therapy: fc.constantFrom(...priorTherapies), outcome: fc.constantFrom(...priorOutcomes) }), { maxLength: 6 }),
  pregnant: fc.option(fc.boolean(), { nil: undefined }),
}).map((c) => ({ ...c, monthsSinceDiagnosis: Math.min(c.monthsSinceDiagnosis, c.ageYears * 12) }));

describe('B1: an adult off corticosteroids with a count of 30 or more', () => {
  it.each([
    [30, 'no-response'], [150, 'no-response'], [450, 'no-response'], [180, 'intolerant'], [450, 'intolerant'],
  ] as const)('count %s, corticosteroids %s, no bleeding: observation, with the way back to second line said', (count, outcome) => {
    const { value, codes } = adviseWithNotes({ ...adult, count, prior: [{ therapy: 'corticosteroids', outcome }] });
    expect(ids(value)).toEqual(['observation']);
    expect(codes).toContain('observe-after-corticosteroid-failure');
    expect(codes).not.toContain('second-line-whatever-count');
  });

  it.each([
    [29.9, 'none'], [450, 'mucosal'],
  ] as const)('no response to corticosteroids, count %s with %s bleeding: second line', (count, bleeding) => {
    const advice = advise({ ...adult, count, bleeding, prior: [{ therapy: 'corticosteroids', outcome: 'no-response' }] });
    expect(advice.path).toContain('adult-second-line');
    expect(ids(advice)).not.toContain('observation');
  });

  it('the "no count limit" note is said to corticosteroid-dependent adults only, and names dependence alone', () => {
    fc.assert(fc.property(anyCase, (c) => {
      const note = notesOf(c).find((found) => found.code === 'second-line-whatever-count');
      if (note === undefined) return;
      expect(c.prior.filter((entry) => entry.therapy === 'corticosteroids').at(-1)?.outcome).toBe('dependent');
      expect(note.message).not.toContain('unresponsive');
    }), { numRuns: 2000 });
  });
});

describe('B3: a corticosteroid-dependent adult under 3 months', () => {
  it('with a count of 45 gets the early TPO-RA, not observation (ASH 2019 rec 3: no more than 6 weeks)', () => {
    const advice = advise({ ...adult, ageYears: 45, count: 45, monthsSinceDiagnosis: 2.5, prior: [ivigFailed, dependent] });
    expect(advice.path).toContain('adult-early');
    expect(ids(advice)[0]).toBe('tpo-ra');
  });

  it('no corticosteroid-dependent adult outside pregnancy is ever told to observe', () => {
    const dependentAdult = anyCase.map((c) => ({ ...c, ageYears: Math.max(c.ageYears, 18), pregnant: false, prior: [...c.prior, dependent] }));
    fc.assert(fc.property(dependentAdult, (c) => {
      expect(ids(advise(c))).not.toContain('observation');
    }), { numRuns: 1000 });
  });
});

describe('B4: no corticosteroid course on record', () => {
  it.each([
    [36, true], [3, true], [2.99, false],
  ] as const)('an adult after IVIG only at %s months: asked whether a course was given and needed for 2 months (%s)', (monthsSinceDiagnosis, asked) => {
    const note = notesOf({ ...adult, monthsSinceDiagnosis }).find((found) => found.code === 'no-corticosteroid-recorded');
    expect(note !== undefined).toBe(asked);
    if (note) expect(note.message).toContain('needed for 2 months or more to keep the count at 30 ×10⁹/L or above');
  });
});

describe('B2: pregnancy not stated', () => {
  const heldBack = ['tpo-ra', 'rituximab', 'splenectomy', 'fostamatinib', 'rilzabrutinib', 'danazol-azathioprine', 'other-immunosuppressant', 'multiagent-rescue'];

  it('a 28-year-old after corticosteroid dependence: the TPO-RA and rituximab say to confirm she is not pregnant', () => {
    const advice = advise({ ...adult, ageYears: 28, monthsSinceDiagnosis: 6, prior: [ivigFailed, dependent] });
    expect(ids(advice).slice(0, 2)).toEqual(['tpo-ra', 'rituximab']);
    expect(option(advice, 'tpo-ra').rationale).toMatch(/^Pregnancy is not stated: in pregnancy a TPO-RA is considered only late/);
    expect(option(advice, 'rituximab').rationale).toMatch(/^Pregnancy is not stated: in pregnancy rituximab is kept for very severe cases/);
  });

  it('every option the pregnancy check holds back is cautioned from age 10 to below 60, and none outside', () => {
    fc.assert(fc.property(anyCase.map((c) => ({ ...c, pregnant: undefined })), (c) => {
      const possible = c.ageYears >= 10 && c.ageYears < 60;
      for (const found of advise(c).options.filter((o) => heldBack.includes(o.id))) {
        expect(found.rationale.includes(caution), `${found.id} at age ${c.ageYears}`).toBe(possible);
      }
    }), { numRuns: 2000 });
  });
});

describe('B5: pregnant, corticosteroids not tolerated', () => {
  it('IVIG (which worked) and anti-D (Rh(D)-positive, not splenectomised) are named before the options held back', () => {
    const notes = notesOf({
      ...adult, ageYears: 30, monthsSinceDiagnosis: 6, pregnant: true, gestationWeeks: 20,
      prior: [{ therapy: 'ivig', outcome: 'response' }, { therapy: 'corticosteroids', outcome: 'intolerant' }],
    });
    const note = notes.find((found) => found.code === 'pregnancy-corticosteroids-not-tolerated');
    expect(note?.message).toContain('a further IVIG course, especially if IVIG worked before');
    expect(note?.message).toContain('anti-D if the patient is Rh(D)-positive and not splenectomised');
  });
});

describe('B7: after a failed TPO-RA', () => {
  it('the switch to another TPO-RA ranks above danazol with azathioprine, as danazol’s own text says', () => {
    const advice = advise({
      ...adult, ageYears: 72, count: 25, prior: [dependent, ...(['tpo-ra', 'rituximab', 'splenectomy', 'fostamatinib'] as const)
        .map((therapy) => ({ therapy, outcome: 'no-response' as const })), { therapy: 'rilzabrutinib', outcome: 'intolerant' }],
    });
    expect(ids(advice)).toEqual(['tpo-ra', 'danazol-azathioprine', 'other-immunosuppressant']);
  });

  it('danazol with azathioprine and other immunosuppressants never rank above a TPO-RA valid now', () => {
    const tpoRaFailed = anyCase.map((c) => ({ ...c, prior: [dependent, ...c.prior, { therapy: 'tpo-ra', outcome: 'no-response' } as const] }));
    fc.assert(fc.property(tpoRaFailed, (c) => {
      const list = advise(c).options.filter((o) => o.deferred !== true).map((o) => o.id);
      const tpoRa = list.indexOf('tpo-ra');
      if (tpoRa < 0) return;
      for (const id of ['danazol-azathioprine', 'other-immunosuppressant'] as const) {
        if (list.includes(id)) expect(list.indexOf(id), list.join(', ')).toBeGreaterThan(tpoRa);
      }
    }), { numRuns: 2000 });
  });
});

describe('B8: a child whose quality of life is not stated', () => {
  it('after corticosteroid dependence, the note says a "yes" brings second line, as the engine then gives', () => {
    const child: CaseInput = { ageYears: 12, count: 15, bleeding: 'minor', monthsSinceDiagnosis: 14, prior: [ivigFailed, dependent] };
    const note = notesOf(child).find((found) => found.code === 'child-quality-of-life-unknown');
    expect(note?.message).toContain('a TPO-RA before rituximab before splenectomy');
    expect(note?.message).not.toContain('short corticosteroid course');
    expect(ids(advise({ ...child, qualityOfLifeImpaired: true }))).toEqual(['tpo-ra', 'rituximab', 'splenectomy']);
  });
});

describe('the diagnostic re-check (audit 3, minor a)', () => {
  it.each([
    [[{ therapy: 'corticosteroids', outcome: 'no-response' }, ...(['tpo-ra', 'rituximab', 'splenectomy'] as const).map((therapy) => ({ therapy, outcome: 'no-response' as const }))], true],
    [[{ therapy: 'corticosteroids', outcome: 'no-response' }, { therapy: 'ivig', outcome: 'no-response' }], true],
    [[{ therapy: 'corticosteroids', outcome: 'no-response' }, { therapy: 'ivig', outcome: 'response' }], false],
    [[dependent, { therapy: 'tpo-ra', outcome: 'no-response' }], false],
  ] as const)('after %j: re-check the diagnosis first %s (THANZ: corticosteroid non-response)', (prior, recheck) => {
    const { value, codes } = adviseWithNotes({ ...adult, prior: [...prior] });
    expect(codes.includes('recheck-diagnosis')).toBe(recheck);
    expect(value.options.every((o) => o.rationale.startsWith('Re-check the diagnosis first'))).toBe(recheck);
  });
});

describe('rituximab for a child (audit 3, minor b)', () => {
  it('offers the low dose for adults only, as the regimen calculator does (drugs.md §6)', () => {
    const child: CaseInput = { ageYears: 12, count: 15, bleeding: 'mucosal', monthsSinceDiagnosis: 14, prior: [ivigFailed, dependent] };
    const text = option(advise(child), 'rituximab').rationale;
    expect(text).toContain('the standard dose, or for adults a low dose');
    expect(text).not.toContain('standard or low dose');
  });
});
