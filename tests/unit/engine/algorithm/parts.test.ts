/**
 * The graph's parts (issue #19 budgets): a page that carries only the part its case needs gets exactly the
 * contract's answer, over the whole enumerated case space; a case whose part is missing is refused, never
 * walked on a graph with a hole in it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  algorithmPartIds, allParts, enumerateCases, partsFor, recommend, recommendWith, type AlgorithmPartId, type AlgorithmParts,
} from '../../../../src/engine/algorithm';
import { adultPart } from '../../../../src/engine/algorithm/parts/adult';
import { childPart } from '../../../../src/engine/algorithm/parts/child';
import { childPartInPregnancy } from '../../../../src/engine/algorithm/parts/child-in-pregnancy';
import { pregnancyPart } from '../../../../src/engine/algorithm/parts/pregnancy';
import { chronicDependentAdult } from './helpers';

const only = (ids: readonly AlgorithmPartId[]): AlgorithmParts => Object.fromEntries(ids.map((id) => [id, allParts[id]]));

/** One walker per set of parts, as a page builds it once. */
const walkers = new Map<string, ReturnType<typeof recommendWith>>();
function walkerFor(ids: readonly AlgorithmPartId[]): ReturnType<typeof recommendWith> {
  const key = ids.join(',');
  const walker = walkers.get(key) ?? recommendWith(only(ids));
  walkers.set(key, walker);
  return walker;
}

describe('partsFor', () => {
  it.each([
    [{ ageYears: 45 }, ['adult']],
    [{ ageYears: 45, pregnant: false }, ['adult']],
    [{ ageYears: 45, pregnant: true }, ['pregnancy']],
    [{ ageYears: 17.9 }, ['child']],
    [{ ageYears: 18 }, ['adult']],
    [{ ageYears: 16, pregnant: true }, ['pregnancy', 'child']],
    [{}, []],
    [{ ageYears: '45' }, []],
    [{ ageYears: Number.NaN }, []],
  ] as const)('%j → %j', (input, parts) => {
    expect(partsFor(input)).toEqual(parts);
  });
});

describe('recommendWith', () => {
  it('with only the parts each case needs, gives the contract’s answer for every case of the enumerated space', () => {
    let walked = 0;
    for (const input of enumerateCases()) {
      const parts = partsFor(input);
      expect(parts.length).toBeGreaterThan(0);
      const alone = JSON.stringify(walkerFor(parts)(input));
      if (alone !== JSON.stringify(recommend(input))) expect(walkerFor(parts)(input)).toEqual(recommend(input));
      walked += 1;
    }
    expect(walked).toBeGreaterThan(200_000);
  }, 300_000);

  it('for a pregnant child, with the pregnancy part and the child’s rows alone (no child nodes), gives the contract’s answer for every such case of the enumerated space', () => {
    const walker = recommendWith({ pregnancy: pregnancyPart, child: childPartInPregnancy });
    let walked = 0;
    for (const input of enumerateCases()) {
      if (partsFor(input).join() !== 'pregnancy,child') continue;
      const alone = JSON.stringify(walker(input));
      if (alone !== JSON.stringify(recommend(input))) expect(walker(input)).toEqual(recommend(input));
      walked += 1;
    }
    expect(walked).toBeGreaterThan(1_000);
  }, 300_000);

  it('with every part, is recommend() for any input at all, valid or not', () => {
    const all = recommendWith({ pregnancy: pregnancyPart, adult: adultPart, child: childPart });
    fc.assert(fc.property(fc.record({
      ageYears: fc.oneof(fc.double({ min: 0, max: 120, noNaN: true }), fc.constant('x')),
      count: fc.double({ min: 0, max: 500, noNaN: true }),
      bleeding: fc.constantFrom('none', 'minor', 'mucosal', 'life-threatening', 'other'),
      monthsSinceDiagnosis: fc.double({ min: 0, max: 400, noNaN: true }),
      prior: fc.constant(chronicDependentAdult.prior),
      pregnant: fc.option(fc.boolean(), { nil: undefined }),
    }, { requiredKeys: ['ageYears', 'count', 'bleeding', 'monthsSinceDiagnosis', 'prior'] }), (input) => {
      expect(all(input)).toEqual(recommend(input));
    }), { numRuns: 500 });
  });

  it.each(algorithmPartIds.map((id) => [id] as const))('refuses a case that needs the %s part when the page lacks it, saying which', (id) => {
    const needs: Record<AlgorithmPartId, object> = {
      adult: chronicDependentAdult,
      child: { ...chronicDependentAdult, ageYears: 8 },
      pregnancy: { ...chronicDependentAdult, pregnant: true },
    };
    const others = algorithmPartIds.filter((other) => other !== id);
    expect(recommendWith(only(others))(needs[id])).toEqual({
      ok: false,
      errors: [{ field: 'parts', message: expect.stringMatching(/^This page does not carry the algorithm for (adults|children|pregnancy): use the walker on the Algorithm page\.$/) }],
    });
  });

  it('reads the case before asking for a part: a bad case gets its own field errors', () => {
    expect(recommendWith({})({ ...chronicDependentAdult, count: -1 })).toMatchObject({ ok: false, errors: [{ field: 'count' }] });
  });
});
