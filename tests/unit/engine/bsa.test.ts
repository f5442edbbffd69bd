import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bodySurfaceArea } from '../../../src/engine/bsa';
import { heightToCm, weightToKg } from '../../../src/engine/units';

function m2(input: unknown): number {
  const result = bodySurfaceArea(input);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value.m2;
}

describe('bodySurfaceArea: worked examples', () => {
  it.each([
    // [source, weight kg, height cm, Mosteller m², DuBois m²]
    ['drugs.md W57', 70, 170, 1.8181, 1.8097],
    ['drugs.md W58', 55, 160, 1.5635, 1.5632],
    ['drugs.md W59', 100, 180, 2.2361, 2.195],
    ['drugs.md W60', 25, 120, 0.9129, undefined],
  ])('%s: %d kg, %d cm', (_source, weightKg, heightCm, mosteller, dubois) => {
    expect(m2({ weightKg, heightCm })).toBeCloseTo(mosteller, 4);
    expect(m2({ weightKg, heightCm, formula: 'mosteller' })).toBeCloseTo(mosteller, 4);
    if (dubois !== undefined) expect(m2({ weightKg, heightCm, formula: 'dubois' })).toBeCloseTo(dubois, 4);
  });

  it('keeps BSA unrounded (drugs.md §6.1): 70 kg, 170 cm is √(11900/3600), not 1.82', () => {
    expect(m2({ weightKg: 70, heightCm: 170 })).toBe(Math.sqrt(11900 / 3600));
  });

  it('W61: 67 in and 154 lb converted exactly give 1.8172 m², about 0.1 % above the 3131-constant shortcut', () => {
    const height = heightToCm(67, 'in');
    const weight = weightToKg(154, 'lb');
    if (!height.ok || !weight.ok) throw new Error('conversion failed');
    const metric = m2({ weightKg: weight.value, heightCm: height.value });
    expect(metric).toBeCloseTo(1.8172, 4);
    const imperialShortcut = Math.sqrt((67 * 154) / 3131);
    expect(imperialShortcut).toBeCloseTo(1.8153, 4);
    expect(Math.abs(metric - imperialShortcut) / metric).toBeLessThan(0.002);
  });

  it('says which formula it used, with its citation and working', () => {
    const mosteller = bodySurfaceArea({ weightKg: 70, heightCm: 170 });
    expect(mosteller).toMatchObject({
      ok: true,
      value: { formula: 'mosteller', citation: 'mosteller-1987', working: 'Mosteller: √(170 cm × 70 kg ÷ 3,600) = 1.82 m²' },
      warnings: [{ code: 'bsa-formula', citation: 'mosteller-1987' }],
    });
    const dubois = bodySurfaceArea({ weightKg: 70, heightCm: 170, formula: 'dubois' });
    expect(dubois).toMatchObject({
      ok: true,
      value: { formula: 'dubois', citation: 'dubois-1916', working: 'DuBois: 0.007184 × (70 kg)^0.425 × (170 cm)^0.725 = 1.81 m²' },
    });
  });
});

describe('bodySurfaceArea: validation', () => {
  it.each([
    ['weight just below 0.5 kg', { weightKg: 0.49, heightCm: 100 }, ['weightKg']],
    ['weight just above 350 kg', { weightKg: 350.01, heightCm: 100 }, ['weightKg']],
    ['height just below 30 cm', { weightKg: 10, heightCm: 29.99 }, ['heightCm']],
    ['height just above 250 cm', { weightKg: 10, heightCm: 250.01 }, ['heightCm']],
    ['both missing', {}, ['weightKg', 'heightCm']],
    ['NaN and Infinity', { weightKg: Number.NaN, heightCm: Number.POSITIVE_INFINITY }, ['weightKg', 'heightCm']],
    ['strings', { weightKg: '70', heightCm: '170' }, ['weightKg', 'heightCm']],
    ['an unknown formula', { weightKg: 70, heightCm: 170, formula: 'haycock' }, ['formula']],
  ])('rejects %s, one error per field', (_name, input, fields) => {
    const result = bodySurfaceArea(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((error) => error.field)).toEqual(fields);
  });

  it.each([
    ['0.5 kg and 30 cm', { weightKg: 0.5, heightCm: 30 }],
    ['350 kg and 250 cm', { weightKg: 350, heightCm: 250 }],
  ])('accepts the range limits: %s', (_name, input) => {
    expect(bodySurfaceArea(input).ok).toBe(true);
  });

  it('words a range error for a clinician', () => {
    expect(bodySurfaceArea({ weightKg: 400, heightCm: 170 })).toEqual({
      ok: false, errors: [{ field: 'weightKg', message: 'The weight must be between 0.5 kg and 350 kg.' }],
    });
  });

  it.each([null, undefined, 42, 'x', [70, 170]])('rejects a non-object input %j', (input) => {
    expect(bodySurfaceArea(input)).toMatchObject({ ok: false, errors: [{ field: 'input' }] });
  });
});

describe('bodySurfaceArea: properties', () => {
  it('never throws and never returns a non-finite number on arbitrary input', () => {
    fc.assert(fc.property(fc.anything(), (input) => {
      const result = bodySurfaceArea(input);
      if (result.ok) expect(Number.isFinite(result.value.m2)).toBe(true);
      else expect(result.errors.length).toBeGreaterThan(0);
    }));
    fc.assert(fc.property(
      fc.record({ weightKg: fc.double(), heightCm: fc.double(), formula: fc.constantFrom('mosteller', 'dubois', undefined) }),
      (input) => {
        const result = bodySurfaceArea(input);
        if (result.ok) expect(Number.isFinite(result.value.m2)).toBe(true);
      },
    ));
  });

  it('is increasing in weight and in height', () => {
    fc.assert(fc.property(
      fc.double({ min: 0.5, max: 349, noNaN: true }), fc.double({ min: 30, max: 249, noNaN: true }),
      (weightKg, heightCm) => {
        for (const formula of ['mosteller', 'dubois'] as const) {
          const base = m2({ weightKg, heightCm, formula });
          expect(m2({ weightKg: weightKg + 1, heightCm, formula })).toBeGreaterThan(base);
          expect(m2({ weightKg, heightCm: heightCm + 1, formula })).toBeGreaterThan(base);
        }
      },
    ));
  });

  it('gives formulas that agree within 10 % for adults of 40–120 kg and 150–200 cm (drugs.md §6.1: "within about 1–2 %" for average adults)', () => {
    fc.assert(fc.property(
      fc.double({ min: 40, max: 120, noNaN: true }), fc.double({ min: 150, max: 200, noNaN: true }),
      (weightKg, heightCm) => {
        const ratio = m2({ weightKg, heightCm, formula: 'dubois' }) / m2({ weightKg, heightCm });
        expect(Math.abs(ratio - 1)).toBeLessThan(0.1);
      },
    ));
    expect(m2({ weightKg: 70, heightCm: 170, formula: 'dubois' }) / m2({ weightKg: 70, heightCm: 170 })).toBeGreaterThan(0.98);
  });
});
