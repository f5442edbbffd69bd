/** Every threshold at value − ε, value and value + ε, each row naming its source. */
import { describe, expect, it } from 'vitest';
import { antiDHaemoglobin } from '../../../../src/engine';
import { adult, child, codes, errorFields, item } from './helpers';

describe('weight caps', () => {
  it.each([
    // [source, regimen, drug, patient, amount, capped]
    ['ICR prednisone 80 mg cap (drugs.md §7.1)', 'prednisone', '', { weightKg: 79.99, ageYears: 40 }, 79.99, false],
    ['ICR prednisone 80 mg cap', 'prednisone', '', { weightKg: 80, ageYears: 40 }, 80, false],
    ['ICR prednisone 80 mg cap', 'prednisone', '', { weightKg: 80.01, ageYears: 40 }, 80, true],
    ['ASH paediatric dexamethasone 40 mg cap (drugs.md §7.2)', 'dexamethasone-high-dose', '', { weightKg: 66.66, ageYears: 15 }, 39.996, false],
    ['ASH paediatric dexamethasone 40 mg cap', 'dexamethasone-high-dose', '', { weightKg: 200 / 3, ageYears: 15 }, 40, false],
    ['ASH paediatric dexamethasone 40 mg cap', 'dexamethasone-high-dose', '', { weightKg: 66.67, ageYears: 15 }, 40, true],
    ['methylprednisolone 1 g cap (drugs.md §7.3, unverified)', 'methylprednisolone-pulse', '', { weightKg: 33.33 }, 999.9, false],
    ['methylprednisolone 1 g cap', 'methylprednisolone-pulse', '', { weightKg: 100 / 3 }, 1000, false],
    ['methylprednisolone 1 g cap', 'methylprednisolone-pulse', '', { weightKg: 33.34 }, 1000, true],
    ['vincristine 2 mg cap (drugs.md §9, unverified)', 'multiagent-rescue', 'vincristine', { weightKg: 66.66 }, 1.9998, false],
    ['vincristine 2 mg cap', 'multiagent-rescue', 'vincristine', { weightKg: 200 / 3 }, 2, false],
    ['vincristine 2 mg cap', 'multiagent-rescue', 'vincristine', { weightKg: 66.67 }, 2, true],
    ['ICR paediatric high-dose prednisone 200 mg cap (drugs.md §7.2)', 'prednisone', '', { weightKg: 49.99, ageYears: 12, prednisoneRule: 'icr-2019-high-dose' }, 199.96, false],
    ['ICR paediatric high-dose prednisone 200 mg cap', 'prednisone', '', { weightKg: 50, ageYears: 12, prednisoneRule: 'icr-2019-high-dose' }, 200, false],
    ['ICR paediatric high-dose prednisone 200 mg cap', 'prednisone', '', { weightKg: 50.01, ageYears: 12, prednisoneRule: 'icr-2019-high-dose' }, 200, true],
  ] as const)('%s: %s at %j', (_source, id, drug, patient, amount, capped) => {
    const { dose } = item(id, patient, drug);
    expect(dose.amount).toBeCloseTo(amount, 6);
    expect(dose.capped).toBe(capped);
  });

  it.each([
    // ASH paediatric prednisone 2–4 mg/kg, cap 120 mg (drugs.md §7.2): the top of the range reaches the cap at 30 kg, the bottom at 60 kg.
    [29.99, 59.98, 119.96, false],
    [30, 60, 120, false],
    [30.01, 60.02, 120, true],
    [59.99, 119.98, 120, true],
    [60, 120, undefined, true],
    [60.01, 120, undefined, true],
  ])('ASH paediatric prednisone at %d kg → %d–%s mg, capped %s', (weightKg, amount, amountMax, capped) => {
    const { dose } = item('prednisone', { weightKg, ageYears: 12 });
    expect(dose.amount).toBeCloseTo(amount, 6);
    expect(dose.amountMax).toEqual(amountMax === undefined ? undefined : expect.closeTo(amountMax, 6));
    expect(dose.capped).toBe(capped);
  });
});

describe('age: a child is under 18 (engine contract)', () => {
  it.each([
    [17.99, 0.6, true],
    [18, undefined, false],
    [18.01, undefined, false],
  ])('dexamethasone at %d years: per kg %s', (ageYears, perKg, childDose) => {
    const { dose } = item('dexamethasone-high-dose', { weightKg: 50, ageYears });
    expect(dose.perKg).toBe(perKg);
    expect(dose.amount).toBe(childDose ? 30 : 40);
  });

  it.each([[17.99, 2], [18, 1]])('prednisone at %d years: %d mg/kg', (ageYears, perKg) => {
    expect(item('prednisone', { weightKg: 50, ageYears }).dose.perKg).toBe(perKg);
  });

  it.each([[17.99, 0.8], [18, 1]])('IVIG at %d years: %d g/kg', (ageYears, perKg) => {
    expect(item('ivig', { weightKg: 50, ageYears }).dose.perKg).toBe(perKg);
  });

  it.each([[17.99, 75, true], [18, 50, false]])('anti-D at %d years: %d mcg/kg; DAT needed %s', (ageYears, perKg, datNeeded) => {
    const patient = { weightKg: 50, ...adult, ageYears, datNegative: true };
    expect(item('anti-d', patient).dose.perKg).toBe(perKg);
    const { datNegative: _omitted, ...withoutDat } = patient;
    expect(errorFields('anti-d', withoutDat)).toEqual(datNeeded ? ['datNegative'] : []);
  });
});

describe('anti-D haemoglobin bands (WinRho label; ICR; drugs.md §8.2 CONFLICT)', () => {
  it('publishes the limits the pages print: label floor 8 and reduced band to 10 g/dL, ICR child floor 9 g/dL', () => {
    expect(antiDHaemoglobin).toEqual({ floorGdL: 8, reducedUpToGdL: 10, childFloorGdL: 9 });
  });


  it.each([
    // [Hb g/dL, band rate per kg, rateMax]
    [7.99, 25, 40], // contraindicated: the lowest labelled band, on request (tested in vectors W72)
    [8, 25, 40],
    [8.01, 25, 40],
    [9.99, 25, 40],
    [10, 25, 40],
    [10.01, 50, undefined],
  ])('adult, Hb %d g/dL → %s mcg/kg', (haemoglobinGdL, perKg, perKgMax) => {
    expect(codes('anti-d', { weightKg: 70, ...adult, haemoglobinGdL }).includes('anti-d-haemoglobin-floor')).toBe(haemoglobinGdL < 8);
    const { dose } = item('anti-d', { weightKg: 70, ...adult, haemoglobinGdL });
    expect(dose.perKg).toBe(perKg);
    expect(dose.amountMax).toBe(perKgMax === undefined ? undefined : perKgMax * 70);
  });

  it.each([
    // children: contraindicated below 8, warned below the ICR floor of 9, reduced up to 10, ICR 75 mcg/kg above
    [7.99, 25, true],
    [8, 25, true],
    [8.99, 25, true],
    [9, 25, false],
    [9.01, 25, false],
    [10, 25, false],
    [10.01, 75, false],
  ])('child, Hb %d g/dL → %s mcg/kg; ICR-floor warning %s', (haemoglobinGdL, perKg, warned) => {
    const patient = { weightKg: 25, ...child, haemoglobinGdL };
    expect(codes('anti-d', patient).includes('anti-d-haemoglobin-floor')).toBe(haemoglobinGdL < 8);
    expect(item('anti-d', patient).dose.perKg).toBe(perKg);
    expect(codes('anti-d', patient).includes('anti-d-child-haemoglobin')).toBe(warned);
  });
});
