import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countInEngineUnit, haemoglobinToGdL, heightToCm, plateletsToSI, weightToKg } from '../../../src/engine/units';

describe('plateletsToSI', () => {
  it.each([
    // [source, value, unit, ×10⁹/L]
    ['drugs.md conventions: ×10⁹/L is the engine unit', 20, 'x10^9/L', 20],
    ['drugs.md conventions: 1 ×10⁹/L = 1 K/µL', 20, 'x10^3/uL', 20],
    ['drugs.md conventions: 1 ×10⁹/L = 1,000/µL', 20000, '/uL', 20],
    ['drugs.md conventions', 12345, '/uL', 12.345],
    ['range floor', 0, 'x10^9/L', 0],
    ['range ceiling', 2000, 'x10^9/L', 2000],
    ['range ceiling per µL', 2_000_000, '/uL', 2000],
  ])('%s: %d %s → %d ×10⁹/L', (_source, value, unit, expected) => {
    const result = plateletsToSI(value, unit);
    expect(result).toMatchObject({ ok: true, value: expected });
  });

  it('always says which unit it assumed', () => {
    expect(plateletsToSI(20000, '/uL')).toEqual({
      ok: true, value: 20,
      warnings: [{ code: 'platelet-unit', message: 'Read as 20,000 /µL = 20 ×10⁹/L.' }],
    });
    expect(plateletsToSI(45, 'x10^9/L')).toMatchObject({ warnings: [{ message: 'Read as 45 ×10⁹/L.' }] });
  });

  it.each([[1500, 'x10^9/L', '1,500 ×10⁹/L'], [1000, 'x10^3/uL', '1,000 ×10³/µL'], [2000, 'x10^9/L', '2,000 ×10⁹/L']] as const)(
    'keeps %d %s but says a count per µL typed with the wrong unit is likelier (1,500 /µL is a critical count)', (value, unit, shown) => {
      const result = plateletsToSI(value, unit);
      expect(result.ok && result.value).toBe(value);
      expect(result.ok && result.warnings.find((note) => note.code === 'platelet-count-very-high')?.message)
        .toBe(`${shown} is far above any count this tool is for. If the laboratory reports the count per µL, choose /µL: ${value.toLocaleString('en-GB')} /µL is ${String(value / 1000)} ×10⁹/L.`);
    },
  );

  it('says nothing more below 1,000 ×10⁹/L, or for a count typed per µL', () => {
    fc.assert(fc.property(fc.double({ min: 0, max: 999.99, noNaN: true }), (value) => {
      const result = plateletsToSI(value, 'x10^9/L');
      return result.ok && result.warnings.every((note) => note.code !== 'platelet-count-very-high');
    }));
    const perMicrolitre = plateletsToSI(1_500_000, '/uL');
    expect(perMicrolitre.ok && perMicrolitre.warnings.map((note) => note.code)).toEqual(['platelet-unit']);
  });

  it.each([
    [2000.01, 'x10^9/L'],
    [20000, 'x10^9/L'],
    [20000, 'x10^3/uL'],
    [2_000_000, 'x10^9/L'],
  ])('flags %d %s as probably per µL, saying what it would be', (value, unit) => {
    const result = plateletsToSI(value, unit, 'baselineCount');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors).toHaveLength(1);
      expect(result.errors[0].field).toBe('baselineCount');
      expect(result.errors[0].message).toMatch(/looks like a value in \/µL/);
    }
  });

  it('words the per-µL error with the converted count', () => {
    expect(plateletsToSI(20000, 'x10^9/L')).toEqual({
      ok: false,
      errors: [{
        field: 'count',
        message: '20,000 ×10⁹/L is not a plausible platelet count; it looks like a value in /µL, which would be 20 ×10⁹/L. Check the number and the unit.',
      }],
    });
  });

  it('gives a plain range error when the number is implausible in every unit', () => {
    expect(plateletsToSI(2_000_001, 'x10^9/L')).toEqual({
      ok: false, errors: [{ field: 'count', message: 'The platelet count must be between 0 ×10⁹/L and 2,000 ×10⁹/L.' }],
    });
    expect(plateletsToSI(2_000_001, '/uL')).toEqual({
      ok: false,
      errors: [{ field: 'count', message: 'The platelet count must be between 0 ×10⁹/L and 2,000 ×10⁹/L (2,000,001 /µL = 2,000 ×10⁹/L).' }],
    });
  });

  it.each([[999, false], [1000, true], [0, true], [0.5, false]])('blocks a count per µL below 1,000 (a count in ×10⁹/L with the wrong unit): %d /µL accepted: %s', (value, accepted) => {
    expect(plateletsToSI(value, '/uL').ok).toBe(accepted);
  });

  it('rejects bad numbers and units, one error per field', () => {
    expect(plateletsToSI(-1, 'x10^9/L')).toEqual({
      ok: false, errors: [{ field: 'count', message: 'The platelet count cannot be negative.' }],
    });
    expect(plateletsToSI('twenty', 'mm3')).toEqual({
      ok: false,
      errors: [
        { field: 'count', message: 'Enter the platelet count as a number, like 45 or 12.5.' },
        { field: 'countUnit', message: 'The platelet count unit must be one of: x10^9/L, x10^3/uL, /uL.' },
      ],
    });
    expect(plateletsToSI(20, undefined)).toMatchObject({ ok: false, errors: [{ field: 'countUnit' }] });
    expect(plateletsToSI(Number.NaN, '/uL')).toMatchObject({ ok: false, errors: [{ field: 'count' }] });
  });
});

describe('weightToKg and heightToCm', () => {
  it.each([
    ['1 lb = 0.45359237 kg exactly', 1.5, 'lb', 0.680388555],
    ['drugs.md W61: 154 lb', 154, 'lb', 69.85322498],
    ['kg unchanged', 70, 'kg', 70],
  ])('%s', (_source, value, unit, kg) => {
    const result = weightToKg(value, unit);
    expect(result.ok && result.value).toBeCloseTo(kg, 8);
  });

  it.each([
    ['1 in = 2.54 cm exactly', 1 * 30, 'in', 76.2],
    ['drugs.md W61: 67 in', 67, 'in', 170.18],
    ['cm unchanged', 170, 'cm', 170],
  ])('%s', (_source, value, unit, cm) => {
    const result = heightToCm(value, unit);
    expect(result.ok && result.value).toBeCloseTo(cm, 10);
  });

  it('notes a conversion and not a value already in the engine unit', () => {
    expect(weightToKg(154, 'lb')).toMatchObject({ warnings: [{ code: 'unit-converted', message: '154 lb = 69.85 kg.' }] });
    expect(heightToCm(67, 'in')).toMatchObject({ warnings: [{ code: 'unit-converted', message: '67 in = 170.18 cm.' }] });
    expect(weightToKg(70, 'kg')).toEqual({ ok: true, value: 70, warnings: [] });
  });

  it.each([
    ['0.49 kg', 0.49, 'kg', false],
    ['0.5 kg', 0.5, 'kg', true],
    ['350 kg', 350, 'kg', true],
    ['771.62 lb (= 350.0 kg)', 771.61, 'lb', true],
    ['772 lb (= 350.2 kg)', 772, 'lb', false],
  ])('checks the plausible weight range after conversion: %s', (_name, value, unit, accepted) => {
    expect(weightToKg(value, unit).ok).toBe(accepted);
  });

  it('says a weight above 350 kg looks like pounds when it would be plausible in pounds', () => {
    expect(weightToKg(400, 'kg')).toEqual({
      ok: false,
      errors: [{
        field: 'weightKg',
        message: '400 kg is not a plausible weight; it looks like a value in lb, which would be 181.44 kg. Check the number and the unit.',
      }],
    });
    expect(weightToKg(800, 'kg')).toMatchObject({ errors: [{ message: 'The weight must be between 0.5 kg and 350 kg.' }] });
    expect(weightToKg(800, 'lb')).toMatchObject({
      errors: [{ message: 'The weight must be between 0.5 kg and 350 kg (800 lb = 362.87 kg).' }],
    });
  });

  it('checks the height range after conversion and names the caller’s field', () => {
    expect(heightToCm(11, 'in', 'height')).toEqual({
      ok: false, errors: [{ field: 'height', message: 'The height must be between 30 cm and 250 cm (11 in = 27.94 cm).' }],
    });
    expect(heightToCm(170, 'ft')).toMatchObject({ ok: false, errors: [{ field: 'heightCmUnit' }] });
  });
});

describe('haemoglobinToGdL', () => {
  it.each([
    [12.5, 'g/dL', 12.5],
    [125, 'g/L', 12.5],
  ])('%d %s → %d g/dL', (value, unit, gdl) => {
    expect(haemoglobinToGdL(value, unit)).toMatchObject({ ok: true, value: gdl });
  });

  it('says a g/L value entered as g/dL looks like g/L', () => {
    expect(haemoglobinToGdL(95, 'g/dL')).toEqual({
      ok: false,
      errors: [{
        field: 'haemoglobinGdL',
        message: '95 g/dL is not a plausible haemoglobin; it looks like a value in g/L, which would be 9.5 g/dL. Check the number and the unit.',
      }],
    });
    expect(haemoglobinToGdL(0.5, 'g/dL')).toMatchObject({ errors: [{ message: 'The haemoglobin must be between 3 g/dL and 25 g/dL.' }] });
  });

  it.each([3, 7.9, 12, 25])('says a g/dL value (%s) entered as g/L looks like g/dL, never reading it as a tenth', (gdl) => {
    expect(haemoglobinToGdL(String(gdl), 'g/L')).toMatchObject({
      ok: false, errors: [{ field: 'haemoglobinGdL', message: expect.stringContaining('looks like a value in g/dL') }],
    });
  });
});

describe('unit properties', () => {
  it('never throw and never return a non-finite value on arbitrary input', () => {
    fc.assert(fc.property(fc.anything(), fc.anything(), (value, unit) => {
      for (const convert of [plateletsToSI, weightToKg, heightToCm, haemoglobinToGdL]) {
        const result = convert(value, unit);
        if (result.ok) expect(Number.isFinite(result.value)).toBe(true);
        else expect(result.errors.length).toBeGreaterThan(0);
      }
    }));
    fc.assert(fc.property(fc.double(), fc.constantFrom('x10^9/L', 'x10^3/uL', '/uL', 'kg', 'lb'), (value, unit) => {
      for (const convert of [plateletsToSI, weightToKg]) {
        const result = convert(value, unit);
        if (result.ok) expect(Number.isFinite(result.value)).toBe(true);
      }
    }));
  });

  it('gives the same count per µL as in ×10⁹/L', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 2000 }), (count) => {
      expect(plateletsToSI(count * 1000, '/uL')).toMatchObject({ ok: true, value: count });
    }));
  });
});

describe('countInEngineUnit: where ×10⁹/L is the only unit (the response assessment, a titration’s counts)', () => {
  it('an ambiguous "8,000" says the count in that unit, never to choose /µL', () => {
    const result = countInEngineUnit('8,000', 'baselineCount');
    expect(result).toMatchObject({ ok: false, errors: [{ field: 'baselineCount', message: expect.stringContaining('enter it in ×10⁹/L: 8 ×10⁹/L') }] });
    expect(JSON.stringify(result)).not.toContain('choose');
    expect(countInEngineUnit(45)).toEqual({ ok: true, value: 45, warnings: [] });
  });
});
