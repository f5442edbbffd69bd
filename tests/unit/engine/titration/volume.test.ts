import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { romiplostimVolume } from '../../../../src/engine/titration/romiplostim';
import { romiplostimVectors } from '../../../../src/engine/titration/vectors';
import { exampleInput } from './helpers';

function volume(input: unknown) {
  const result = romiplostimVolume(input);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

/**
 * Every romiplostim worked example that states a volume (src/engine/titration/vectors/romiplostim.ts), as the
 * standalone calculator gives it for the same weight, rate and rule set: [id, kg, mcg/kg, rule set, expected].
 */
const workedVolumes = romiplostimVectors.flatMap((vector) => {
  const { check } = vector;
  if (check.kind !== 'titration') return [];
  return check.expected.flatMap((step) => {
    if (step.volumeMl === undefined || !step.dose?.perKg) return [];
    const expected = Object.fromEntries(Object.entries({
      mcg: step.dose.amount, volumeMl: step.volumeMl, vialMcg: step.vialMcg,
      concentrationMcgPerMl: step.concentrationMcgPerMl, moreThanOneVial: step.moreThanOneVial,
    }).filter(([, value]) => value !== undefined));
    const weightKg = step.weightKg ?? check.input.weightKg ?? 0;
    return [[vector.id, weightKg, step.dose.perKg, check.input.options?.ruleset ?? 'us-label', expected] as const];
  });
});

describe('romiplostim volume and vial (Nplate PI §2; SmPC §4.2; drugs.md §1.1)', () => {
  it('covers every worked example that states a volume', () => {
    expect([...new Set(workedVolumes.map(([id]) => id))]).toEqual(['W1', 'W2', 'W3', 'W4', 'W5', 'W6', 'W8', 'W10', 'W11', 'W13', 'W14', 'W15', 'W16', 'W17']);
  });

  it.each(workedVolumes)('%s: %d kg × %d mcg/kg (%s) as in the titration', (_id, weightKg, perKg, ruleset, expected) => {
    expect(volume({ weightKg, perKg, ruleset })).toMatchObject(expected);
  });

  it.each([
    // [case, kg, mcg/kg, mcg, mL, vial]
    ['125 mcg fits the 125 mcg vial exactly', 125, 1, 125, 0.25, 125],
    ['500 mcg fits one 500 mcg vial', 50, 10, 500, 1, 500],
  ])('%s', (_case, weightKg, perKg, mcg, volumeMl, vialMcg) => {
    expect(volume({ weightKg, perKg })).toMatchObject({ mcg, volumeMl, concentrationMcgPerMl: 500, vialMcg, moreThanOneVial: false });
  });

  it('W13: flags the tie, which floating point would round the wrong way', () => {
    expect(Math.round(0.145 * 100)).toBe(14);
    expect(volume({ weightKg: exampleInput('W13').weightKg, perKg: 1 }).roundedHalfUp).toBe(true);
    expect(volume({ weightKg: 72.4, perKg: 1 }).roundedHalfUp).toBe(false);
  });

  it('keeps the mcg exact where binary floating point would not: 70.1 kg × 3 = 210.3 mcg', () => {
    expect(70.1 * 3).not.toBe(210.3);
    expect(volume({ weightKg: 70.1, perKg: 3 })).toMatchObject({ mcg: 210.3, volumeMl: 0.42 });
  });

  it('property: the volume is the exact dose ÷ 500 mcg/mL rounded half up to 0.01 mL', () => {
    fc.assert(fc.property(fc.integer({ min: 5, max: 3500 }), fc.integer({ min: 1, max: 10 }), (tenthsKg, perKg) => {
      // weight = tenthsKg / 10 kg; hundredths of a mL = tenthsKg × perKg / 50, rounded half up on integers
      const expected = Math.floor((2 * tenthsKg * perKg + 50) / 100) / 100;
      return volume({ weightKg: tenthsKg / 10, perKg }).volumeMl === expected;
    }));
  });

  it('names every bad field', () => {
    expect(romiplostimVolume({ weightKg: 0, perKg: 11, ruleset: 'uk' })).toMatchObject({
      ok: false, errors: [{ field: 'weightKg' }, { field: 'perKg' }, { field: 'ruleset' }],
    });
    expect(romiplostimVolume({ weightKg: 70, perKg: 1.5 })).toMatchObject({ ok: false, errors: [{ field: 'perKg' }] });
    expect(romiplostimVolume(undefined)).toMatchObject({ ok: false, errors: [{ field: 'weightKg' }, { field: 'perKg' }] });
  });
});
