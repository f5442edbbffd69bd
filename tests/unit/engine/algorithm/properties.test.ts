import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { optionIds, priorOutcomes, priorTherapies, recommend, toMermaid, type CaseInput } from '../../../../src/engine/algorithm';
import { citationKey, referenceKeys } from '../../../../src/engine/citations';

const mermaidText = toMermaid();
const drawnIds = new Set(mermaidText.split('\n').map((line) => /^\s*([a-z0-9-]+)(\{"|\["|\(\[")/.exec(line)?.[1]).filter(Boolean));
const keys: readonly string[] = referenceKeys;

/** Valid cases across the whole input space, with the boundary values drawn more often. */
const validCase: fc.Arbitrary<CaseInput> = fc
  .record({
    ageYears: fc.oneof(fc.double({ min: 0, max: 120, noNaN: true }), fc.constantFrom(0.99, 1, 4.99, 5, 17.99, 18, 59.99, 60)),
    count: fc.oneof(fc.double({ min: 0, max: 2000, noNaN: true }), fc.constantFrom(0, 9.9, 10, 10.1, 19.9, 20, 20.1, 29.9, 30)),
    bleeding: fc.constantFrom('none', 'minor', 'mucosal', 'life-threatening'),
    monthsSinceDiagnosis: fc.oneof(fc.double({ min: 0, max: 1200, noNaN: true }), fc.constantFrom(0, 2.99, 3, 3.01, 11.99, 12, 12.01)),
    prior: fc.array(fc.record({ therapy: fc.constantFrom(...priorTherapies), outcome: fc.constantFrom(...priorOutcomes) }), { maxLength: 6 }),
    pregnant: fc.option(fc.boolean(), { nil: undefined }),
    anticoagulants: fc.option(fc.boolean(), { nil: undefined }),
    procedurePlanned: fc.option(fc.boolean(), { nil: undefined }),
    qualityOfLifeImpaired: fc.option(fc.boolean(), { nil: undefined }),
  })
  .map((c) => ({ ...c, monthsSinceDiagnosis: Math.min(c.monthsSinceDiagnosis, c.ageYears * 12) }));

function adviceFor(c: CaseInput) {
  const result = recommend(c);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

describe('recommend() properties', () => {
  it('never throws on arbitrary input, and every failure names fields in words', () => {
    fc.assert(fc.property(fc.anything(), (input) => {
      const result = recommend(input);
      if (!result.ok) {
        expect(result.errors.length).toBeGreaterThan(0);
        for (const error of result.errors) expect(error.message.length).toBeGreaterThan(0);
      }
    }), { numRuns: 500 });
  });

  it('never throws on near-valid records with any field broken', () => {
    const anyValue = fc.oneof(fc.anything(), fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -1, 1e9, '', null));
    fc.assert(fc.property(validCase, fc.constantFrom('ageYears', 'count', 'bleeding', 'monthsSinceDiagnosis', 'prior', 'pregnant'), anyValue, (c, key, value) => {
      expect(() => recommend({ ...c, [key]: value })).not.toThrow();
    }), { numRuns: 300 });
  });

  it('always gives advice for a valid case, with no NaN or Infinity in anything a person reads', () => {
    fc.assert(fc.property(validCase, (c) => {
      const result = recommend(c);
      expect(result.ok).toBe(true);
      expect(JSON.stringify(result)).not.toMatch(/NaN|Infinity|undefined/);
    }));
  });

  it('walks only nodes drawn by toMermaid(), from the start to the shared decision', () => {
    fc.assert(fc.property(validCase, (c) => {
      const { path } = adviceFor(c);
      for (const id of path) expect(drawnIds.has(id), id).toBe(true);
      expect(path[0]).toBe('case-start');
      expect(path.at(-1)).toBe('shared-decision');
    }));
  });

  it('life-threatening bleeding is always an emergency with emergency care first', () => {
    fc.assert(fc.property(validCase, (c) => {
      const advice = adviceFor({ ...c, bleeding: 'life-threatening' });
      expect(advice.urgency).toBe('emergency');
      expect(advice.options[0]?.id).toBe('emergency-care');
    }));
  });

  it('pregnancy never brings fostamatinib, rilzabrutinib, danazol-azathioprine, multi-agent rescue or other immunosuppressants', () => {
    const forbidden = ['fostamatinib', 'rilzabrutinib', 'danazol-azathioprine', 'multiagent-rescue', 'other-immunosuppressant'];
    fc.assert(fc.property(validCase, (c) => {
      const advice = adviceFor({ ...c, pregnant: true });
      for (const choice of advice.options) expect(forbidden).not.toContain(choice.id);
      const tpoRa = advice.options.find((choice) => choice.id === 'tpo-ra');
      if (tpoRa) expect(tpoRa.deferred).toBe(true);
    }));
  });

  it('children never get an adult-only agent', () => {
    fc.assert(fc.property(validCase, fc.double({ min: 0, max: 17.99, noNaN: true }), (c, ageYears) => {
      const advice = adviceFor({ ...c, ageYears, monthsSinceDiagnosis: Math.min(c.monthsSinceDiagnosis, ageYears * 12) });
      for (const choice of advice.options) expect(['fostamatinib', 'rilzabrutinib', 'danazol-azathioprine', 'other-immunosuppressant']).not.toContain(choice.id);
    }));
  });

  it('splenectomy: never after a splenectomy, always deferred before 12 months', () => {
    fc.assert(fc.property(validCase, (c) => {
      const advice = adviceFor(c);
      const splenectomy = advice.options.find((choice) => choice.id === 'splenectomy');
      if (c.prior.some((entry) => entry.therapy === 'splenectomy')) expect(splenectomy).toBeUndefined();
      if (splenectomy && c.monthsSinceDiagnosis < 12) expect(splenectomy.deferred).toBe(true);
    }));
  });

  it('lists each option once, from the closed list, deferred ones last, each with a rationale and known citations', () => {
    fc.assert(fc.property(validCase, (c) => {
      const { options } = adviceFor(c);
      const ids = options.map((choice) => choice.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(options.length).toBeGreaterThan(0);
      const firstDeferred = options.findIndex((choice) => choice.deferred === true);
      if (firstDeferred >= 0) for (const choice of options.slice(firstDeferred)) expect(choice.deferred).toBe(true);
      for (const choice of options) {
        expect(optionIds).toContain(choice.id);
        expect(choice.rationale.length).toBeGreaterThan(40);
        for (const citation of choice.citations) expect(keys).toContain(citationKey(citation));
      }
    }));
  });

  it('is deterministic', () => {
    fc.assert(fc.property(validCase, (c) => {
      expect(recommend(c)).toEqual(recommend(structuredClone(c)));
    }), { numRuns: 50 });
  });
});

describe('results are the caller’s own', () => {
  it('changing one result does not change the next', () => {
    const first = recommend({ ageYears: 45, count: 15, bleeding: 'minor', monthsSinceDiagnosis: 24, prior: [{ therapy: 'corticosteroids', outcome: 'dependent' }] });
    if (!first.ok) throw new Error('expected advice');
    const grade = first.value.options[0]?.grades?.[0];
    if (grade) grade.strength = 'strong';
    first.value.options[0]?.citations.push('changed');
    const second = recommend({ ageYears: 45, count: 15, bleeding: 'minor', monthsSinceDiagnosis: 24, prior: [{ therapy: 'corticosteroids', outcome: 'dependent' }] });
    expect(second.ok && second.value.options[0]?.grades?.[0]?.strength).toBe('conditional');
    expect(second.ok && second.value.options[0]?.citations).not.toContain('changed');
  });
});
