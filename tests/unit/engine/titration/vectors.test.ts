/**
 * The worked-example modules themselves (src/engine/titration/vectors): every example W1–W56 is there once,
 * each agent's module holds that agent only, every row cites a known source, and the comparison the tests
 * and the Verification page share says "no match" whenever the engine's answer differs or the engine refuses.
 * The rows are run against the engine in each agent's test file.
 */
import { describe, expect, it } from 'vitest';
import { citationKey, referenceKeys } from '../../../../src/engine/citations';
import {
  avatrombopagVectors, eltrombopagVectors, fostamatinibVectors, romiplostimVectors, runVector, titrationVectors, vectorAnswer,
  vectorMatches, workedExample, type TitrationVector, type VectorCheck,
} from '../../../../src/engine/titration/vectors';
import { example } from './helpers';

const keys: readonly string[] = referenceKeys;
const withCheck = (vector: TitrationVector, check: VectorCheck): TitrationVector => ({ ...vector, check });

describe('the worked-example modules', () => {
  it('hold W1 to W56, each example at least once, in order, with unique row ids', () => {
    expect(new Set(titrationVectors.map((vector) => vector.id)).size).toBe(titrationVectors.length);
    const examples = [...new Set(titrationVectors.map(workedExample))];
    expect(examples).toEqual(Array.from({ length: 56 }, (_, index) => `W${index + 1}`));
  });

  it.each([
    ['romiplostim', romiplostimVectors], ['eltrombopag', eltrombopagVectors],
    ['avatrombopag', avatrombopagVectors], ['fostamatinib', fostamatinibVectors],
  ] as const)('the %s module holds that agent alone', (agent, vectors) => {
    expect(vectors.length).toBeGreaterThan(0);
    expect(vectors.every((vector) => vector.agent === agent)).toBe(true);
    for (const { check } of vectors) if (check.kind === 'titration') expect(check.input.agent).toBe(agent);
  });

  it('every row says what it shows and cites a known source', () => {
    for (const vector of titrationVectors) {
      expect(vector.shows.length, vector.id).toBeGreaterThan(10);
      expect(keys, vector.id).toContain(citationKey(vector.citation));
    }
  });

  it('every row matches the engine (the comparison the Verification page prints)', () => {
    expect(titrationVectors.filter((vector) => !vectorMatches(vector)).map((vector) => vector.id)).toEqual([]);
  });

  it('the reasons are the judged steps’ or the decision’s, one for each expectation', () => {
    expect(runVector(example('W8')).reasons).toEqual([
      'On hold, count 200: not low enough to restart: stay on hold (no dose). Restart 1 mcg/kg lower, at 2 mcg/kg × 70 kg = 140 mcg once the count is < 200.',
      'On hold, count 199 < 200: restart 1 mcg/kg lower, at 2 mcg/kg × 70 kg = 140 mcg.',
    ]);
    for (const id of ['W36a', 'W53a', 'W54']) expect(runVector(example(id)).reasons, id).toEqual([expect.stringMatching(/\.$/)]);
  });
});

describe('a row the engine does not answer as expected never matches', () => {
  it('a different expected value', () => {
    const { check } = example('W3');
    if (check.kind !== 'titration') throw new Error('W3 is a titration');
    const changed = withCheck(example('W3'), { ...check, expected: [{ ...check.expected[0], action: 'maintain' }] });
    expect(vectorMatches(changed)).toBe(false);
    expect(vectorAnswer(changed)).toEqual([expect.objectContaining({ action: 'decrease' })]);
  });

  it('a field the engine does not give is shown as missing, and a dose where none was expected in full', () => {
    const { check } = example('W3');
    if (check.kind !== 'titration') throw new Error('W3 is a titration');
    const changed = withCheck(example('W3'), { ...check, expected: [{ action: 'decrease', level: 3, dose: null }] });
    expect(vectorAnswer(changed)).toEqual([{ action: 'decrease', level: undefined, dose: { amount: 140, unit: 'mcg', perKg: 2, capped: false } }]);
    expect(vectorMatches(changed)).toBe(false);
  });

  it.each<[string, VectorCheck, string[]]>([
    ['a titration the engine refuses', { kind: 'titration', input: { agent: 'romiplostim', counts: [{ day: 0, count: 20 }] }, expected: [{ action: 'start' }] }, ['weightKg']],
    ['a liver test the engine refuses', { kind: 'eltrombopag-liver', input: { altTimesReference: -1 }, expected: { action: 'stop' } }, ['altTimesReference']],
    ['a reduction the engine refuses', { kind: 'fostamatinib-reduction', input: { currentDailyMg: 250 }, expected: { action: 'reduce' } }, ['currentDailyMg']],
    ['a blood pressure the engine refuses', { kind: 'fostamatinib-blood-pressure', input: { systolic: 150, diastolic: 95, currentDailyMg: 250 }, expected: { action: 'reduce' } }, ['currentDailyMg']],
    ['an accepted input where a refusal is expected', { kind: 'refusal', input: { agent: 'eltrombopag', options: { ageYears: 40 }, counts: [{ day: 0, count: 20 }] }, expected: { refused: ['agent'] } }, []],
  ])('%s: the fields the engine names, with its messages', (_case, check, fields) => {
    const row = withCheck(example('W1'), check);
    expect(runVector(row)).toEqual({ answer: { refused: fields }, reasons: fields.map(() => expect.any(String)) });
    expect(vectorMatches(row)).toBe(false);
  });

});
