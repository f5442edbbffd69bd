/**
 * Weight checked against age and height (issue #18): the CDC 2000 weight-for-age reference for children, the
 * body-mass index for adults. Far outside blocks, with an exit (confirm the weight); unusual warns.
 */
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bodySurfaceArea } from '../../../../src/engine/bsa';
import { cdcWeightForAge } from '../../../../src/engine/growth/cdc-weight-for-age';
import { atZ, checkWeight, childWeightAt, weightCutOffs } from '../../../../src/engine/growth/weight-plausibility';
import { planRegimen } from '../../../../src/engine/regimens';

describe('the CDC 2000 weight-for-age rows', () => {
  it('are the rows extracted from the reference, unchanged (hash of the committed rows)', () => {
    expect(createHash('sha256').update(JSON.stringify(cdcWeightForAge)).digest('hex'))
      .toBe('5e9617302f807c3b6d8e6f6121147a09e0d51a324275b04874e9977b80f16847');
  });

  it('keep the reference’s birth rows (CDC wtageinf, Agemos 0) and run from birth to 216.5 months', () => {
    expect(cdcWeightForAge.male[0]).toEqual([0, 1.815151075, 3.530203168, 0.152385273]);
    expect(cdcWeightForAge.female[0]).toEqual([0, 1.509187507, 3.39918645, 0.142106724]);
    for (const rows of [cdcWeightForAge.male, cdcWeightForAge.female]) {
      expect(rows.map((row) => row[0])).toEqual([0, 1.5, 3.5, 6.5, 9.5, 12.5, 18.5, 24, 30.5, ...Array.from({ length: 16 }, (_, i) => 36.5 + 12 * i)]);
    }
  });

  it('give medians close to the published ones (8-year-olds about 25–26 kg; 18 months about 11 kg)', () => {
    expect(childWeightAt(8, 0)).toBeGreaterThan(25);
    expect(childWeightAt(8, 0)).toBeLessThan(26.5);
    expect(childWeightAt(1.5, 0)).toBeCloseTo(11.3, 0);
  });
});

describe('checkWeight', () => {
  it('blocks 2 kg for a 45-year-old who is 170 cm tall, saying why (the issue’s case)', () => {
    expect(checkWeight({ weightKg: 2, ageYears: 45, heightCm: 170 })).toEqual({
      ok: false,
      errors: [{
        field: 'weightKg',
        message: '2 kg is not a plausible weight for a 45-year-old who is 170 cm tall (a body-mass index of 0.7); this tool accepts 10 to 80. Check the weight and its unit; if it is right, confirm it to see the doses.',
      }],
    });
  });

  it('lets a confirmed weight through with a warning: the block always has an exit', () => {
    expect(checkWeight({ weightKg: 2, ageYears: 45, heightCm: 170, weightConfirmed: true })).toMatchObject({
      ok: true, value: 2, warnings: [{ code: 'weight-confirmed', message: expect.stringMatching(/^The weight, 2 kg, was confirmed although/) }],
    });
  });

  it.each([
    // [age, kg, outcome] — a 7-year-old: CDC 2000, either sex
    [7, 2, 'block'],
    [7, 22, 'ok'],
    [7, 45, 'warn'],
    [7, 75, 'block'],
    [0, 3.5, 'ok'],
    [0.5, 1, 'block'],
    [16, 60, 'ok'],
  ] as const)('a child of %d years weighing %d kg: %s', (ageYears, weightKg, outcome) => {
    const result = checkWeight({ weightKg, ageYears });
    expect(result.ok ? (result.warnings.length > 0 ? 'warn' : 'ok') : 'block').toBe(outcome);
  });

  it.each([
    // body-mass index at the cut-offs − ε, at, + ε (170 cm: BMI 10 is 28.9 kg, 80 is 231.2 kg)
    [weightCutOffs.adultBmi.blockBelow - 0.01, 'block'],
    [weightCutOffs.adultBmi.blockBelow, 'warn'],
    [weightCutOffs.adultBmi.warnBelow - 0.01, 'warn'],
    [weightCutOffs.adultBmi.warnBelow, 'ok'],
    [weightCutOffs.adultBmi.warnAbove, 'ok'],
    [weightCutOffs.adultBmi.warnAbove + 0.01, 'warn'],
    [weightCutOffs.adultBmi.blockAbove, 'warn'],
    [weightCutOffs.adultBmi.blockAbove + 0.01, 'block'],
  ])('an adult of 170 cm with a BMI of %d: %s', (bmi, outcome) => {
    const result = checkWeight({ weightKg: bmi * 1.7 ** 2, ageYears: 40, heightCm: 170 });
    expect(result.ok ? (result.warnings.length > 0 ? 'warn' : 'ok') : 'block').toBe(outcome);
  });

  it.each([
    [9.99, 'block'], [10, 'warn'], [29.99, 'warn'], [30, 'ok'], [250, 'ok'], [250.01, 'warn'],
  ] as const)('an adult without a height weighing %d kg: %s', (weightKg, outcome) => {
    const result = checkWeight({ weightKg, ageYears: 40 });
    expect(result.ok ? (result.warnings.length > 0 ? 'warn' : 'ok') : 'block').toBe(outcome);
    if (outcome === 'warn') expect(result.ok && result.warnings[0]?.message).toMatch(/enter the height/);
  });

  it('checks nothing more than the range without an age', () => {
    expect(checkWeight({ weightKg: 2 })).toEqual({ ok: true, value: 2, warnings: [] });
  });

  it('accepts every weight between the blocking bounds for a child, and blocks beyond them (property)', () => {
    fc.assert(fc.property(fc.double({ min: 0, max: 17.99, noNaN: true }), fc.double({ min: -5, max: 8, noNaN: true }), (ageYears, z) => {
      expect(checkWeight({ weightKg: childWeightAt(ageYears, z), ageYears }).ok).toBe(true);
      const below = childWeightAt(ageYears, weightCutOffs.child.blockBelowZ) * 0.99;
      const above = childWeightAt(ageYears, weightCutOffs.child.blockAboveZ) * 1.01;
      if (below > 0) expect(checkWeight({ weightKg: below, ageYears }).ok).toBe(false);
      expect(checkWeight({ weightKg: above, ageYears }).ok).toBe(false);
    }));
  });

  it('uses the LMS formula’s limit where L is 0, and holds the reference’s last row beyond it', () => {
    expect(atZ({ l: 0, m: 10, s: 0.1 }, 2)).toBeCloseTo(10 * Math.exp(0.2), 10);
    expect(atZ({ l: 1, m: 10, s: 0.1 }, 2)).toBeCloseTo(12, 10);
    expect(childWeightAt(25, 0)).toBe(childWeightAt(216.5 / 12, 0));
  });

  it('has bounds that grow with age from birth to adulthood', () => {
    for (const z of [-5, -3, 0, 3, 8]) {
      const weights = [0, 1, 2, 4, 8, 12, 16, 17.99].map((age) => childWeightAt(age, z));
      expect(weights).toEqual([...weights].sort((a, b) => a - b));
    }
  });
});

describe('the weight check where doses are computed', () => {
  it('planRegimen refuses the rituximab dose for 2 kg at 45 years and 170 cm, and gives it once the weight is confirmed', () => {
    const patient = { weightKg: 2, heightCm: 170, ageYears: 45 };
    expect(planRegimen('rituximab-standard', patient)).toMatchObject({ ok: false, errors: [{ field: 'weightKg', message: expect.stringMatching(/^2 kg is not a plausible weight for a 45-year-old/) }] });
    const confirmed = planRegimen('rituximab-standard', { ...patient, weightConfirmed: true });
    expect(confirmed.ok && confirmed.warnings.map((note) => note.code)).toContain('weight-confirmed');
    expect(planRegimen('rituximab-standard', { ...patient, weightConfirmed: 'yes' })).toMatchObject({ ok: false, errors: [{ field: 'weightConfirmed' }] });
  });

  it('bodySurfaceArea checks the weight when an age is given', () => {
    expect(bodySurfaceArea({ weightKg: 2, heightCm: 170 }).ok).toBe(true);
    expect(bodySurfaceArea({ weightKg: 2, heightCm: 170, ageYears: 45 }).ok).toBe(false);
    expect(bodySurfaceArea({ weightKg: 2, heightCm: 170, ageYears: 45, weightConfirmed: true })).toMatchObject({ ok: true, warnings: [{ code: 'weight-confirmed' }, { code: 'bsa-formula' }] });
    expect(bodySurfaceArea({ weightKg: 70, heightCm: 170, ageYears: 200 })).toMatchObject({ ok: false, errors: [{ field: 'ageYears' }] });
  });
});

describe('a child\'s height against the weight (our reading: the adult BMI limits warn for a child)', () => {
  it.each([
    [30, 10, 55, true], [7.5, 0.5, 250, true], [30, 10, 140, false], [3.5, 0.1, 50, false],
  ] as const)('%s kg at %s years, %s cm: a warning to check the height %s', (weightKg, ageYears, heightCm, warned) => {
    const result = checkWeight({ weightKg, ageYears, heightCm });
    expect(result.ok).toBe(true);
    expect(result.ok && result.warnings.some((note) => note.message.includes('check the height too'))).toBe(warned);
  });

  it('so a rituximab dose by body-surface area from a mistyped height is never given silently', () => {
    const plan = planRegimen('rituximab-standard', { weightKg: 30, ageYears: 10, heightCm: 55 });
    expect(plan.ok && plan.warnings.map((note) => note.code)).toContain('weight-unusual');
  });
});
