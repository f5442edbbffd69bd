import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { romiplostimVolume } from '../../../../src/engine/titration/romiplostim';

function volume(input: unknown) {
  const result = romiplostimVolume(input);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

describe('romiplostim volume and vial (Nplate PI §2; SmPC §4.2; drugs.md §1.1)', () => {
  it.each([
    // [source, kg, mcg/kg, rule set, mcg, mL, concentration, vial]
    ['W1', 70, 1, 'us-label', 70, 0.14, 500, 125],
    ['W2 (label example)', 75, 1, 'us-label', 75, 0.15, 500, 125],
    ['W13: tie rounds half up, not to 0.14', 72.5, 1, 'us-label', 72.5, 0.15, 500, 125],
    ['W14', 70, 4, 'us-label', 280, 0.56, 500, 500],
    ['W15 (20 kg)', 20, 4, 'us-label', 80, 0.16, 500, 125],
    ['W15 (23 kg): 18.4 hundredths rounds down', 23, 4, 'us-label', 92, 0.18, 500, 125],
    ['W16: EU < 23 mcg diluted to 125 mcg/mL', 10, 1, 'eu-smpc', 10, 0.08, 125, 125],
    ['W17: EU 23 mcg is not diluted; 0.046 → 0.05', 23, 1, 'eu-smpc', 23, 0.05, 500, 125],
    ['125 mcg fits the 125 mcg vial exactly', 125, 1, 'us-label', 125, 0.25, 500, 125],
    ['500 mcg fits one 500 mcg vial', 50, 10, 'us-label', 500, 1, 500, 500],
  ])('%s: %d kg × %d mcg/kg', (_source, weightKg, perKg, ruleset, mcg, volumeMl, concentrationMcgPerMl, vialMcg) => {
    expect(volume({ weightKg, perKg, ruleset })).toMatchObject({ mcg, volumeMl, concentrationMcgPerMl, vialMcg, moreThanOneVial: false });
  });

  it('W11: 700 mcg is 1.4 mL and needs more than one vial', () => {
    expect(volume({ weightKg: 70, perKg: 10 })).toMatchObject({ mcg: 700, volumeMl: 1.4, vialMcg: null, moreThanOneVial: true });
  });

  it('W13: flags the tie, which floating point would round the wrong way', () => {
    expect(Math.round(0.145 * 100)).toBe(14);
    expect(volume({ weightKg: 72.5, perKg: 1 }).roundedHalfUp).toBe(true);
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
