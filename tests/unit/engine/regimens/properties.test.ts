/** fast-check properties of planRegimen: total, finite, never above a cap, monotone in weight, unit-independent. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planRegimen, regimenIds, type RegimenId, type RegimenItem } from '../../../../src/engine/regimens';
import { weightToKg } from '../../../../src/engine/units';

const finite = (item: RegimenItem) =>
  [item.dose.amount, item.dose.amountMax ?? 0, item.internationalUnits?.amount ?? 0, item.internationalUnits?.amountMax ?? 0]
    .every(Number.isFinite);

/** The caps of drugs.md §7, §9 and §10, per drug and age group, as the tests' own independent table. */
function capFor(drug: string, child: boolean, prednisoneRule: string | undefined): number {
  if (drug === 'prednisone') return !child ? 80 : prednisoneRule === 'icr-2019-high-dose' ? 200 : 120;
  if (drug === 'dexamethasone') return 40;
  if (drug === 'methylprednisolone') return 1000;
  if (drug === 'vincristine') return 2;
  if (drug === 'danazol') return 800;
  return Number.POSITIVE_INFINITY;
}

const patientArb = fc.record({
  weightKg: fc.double({ min: 0.5, max: 350, noNaN: true }),
  heightCm: fc.double({ min: 30, max: 250, noNaN: true }),
  ageYears: fc.double({ min: 0, max: 120, noNaN: true }),
  bsaFormula: fc.constantFrom('mosteller', 'dubois'),
  rhD: fc.constantFrom('positive', 'negative'),
  splenectomised: fc.boolean(),
  haemoglobinGdL: fc.double({ min: 3, max: 25, noNaN: true }),
  datNegative: fc.boolean(),
  pregnant: fc.boolean(),
  prednisoneRule: fc.constantFrom('ash-2019', 'icr-2019-high-dose'),
}, { requiredKeys: ['weightKg'] });

const idArb = fc.constantFrom(...regimenIds);

describe('planRegimen: properties', () => {
  it('never throws and never returns NaN or Infinity on arbitrary input', () => {
    fc.assert(fc.property(fc.anything(), fc.anything(), (id, patient) => {
      const result = planRegimen(id, patient);
      if (result.ok) expect(result.value.items.every(finite)).toBe(true);
      else expect(result.errors.length).toBeGreaterThan(0);
    }));
    fc.assert(fc.property(idArb, fc.dictionary(fc.constantFrom('weightKg', 'heightCm', 'ageYears', 'haemoglobinGdL', 'rhD', 'splenectomised'), fc.anything()), (id, patient) => {
      const result = planRegimen(id, patient);
      if (result.ok) expect(result.value.items.every(finite)).toBe(true);
    }));
  });

  it('gives finite doses, never above a cap, with `capped` exactly when a cap bit', () => {
    fc.assert(fc.property(idArb, patientArb, (id, patient) => {
      const result = planRegimen(id, patient);
      if (!result.ok) return;
      const child = patient.ageYears !== undefined && patient.ageYears < 18;
      for (const item of result.value.items) {
        expect(finite(item)).toBe(true);
        expect(item.dose.amount).toBeGreaterThan(0);
        const cap = capFor(item.drug, child, patient.prednisoneRule);
        expect(item.dose.amount).toBeLessThanOrEqual(cap);
        expect(item.dose.amountMax ?? 0).toBeLessThanOrEqual(cap);
        const uncapped = (item.dose.perKg ?? 0) * patient.weightKg;
        if (item.dose.capped) expect(Math.max(item.dose.amount, item.dose.amountMax ?? 0)).toBe(cap);
        if (item.dose.perKg !== undefined && !item.dose.capped) expect(item.dose.amount).toBeCloseTo(uncapped, 3);
        expect(item.capNote !== undefined).toBe(item.dose.capped);
      }
    }));
  });

  it('never gives a lower dose to a heavier patient (up to the cap)', () => {
    fc.assert(fc.property(idArb, patientArb, fc.double({ min: 0, max: 50, noNaN: true }), (id, patient, extra) => {
      const heavier = { ...patient, weightKg: Math.min(350, patient.weightKg + extra) };
      const light = planRegimen(id, patient);
      const heavy = planRegimen(id, heavier);
      if (!light.ok || !heavy.ok) return;
      light.value.items.forEach((item, index) => {
        const other = heavy.value.items[index];
        expect(other.drug).toBe(item.drug);
        expect(other.dose.amount).toBeGreaterThanOrEqual(item.dose.amount);
        expect(other.dose.amountMax ?? other.dose.amount).toBeGreaterThanOrEqual(item.dose.amountMax ?? item.dose.amount);
      });
    }));
  });

  it('gives the same dose for a weight entered in kg or in lb (via units.ts)', () => {
    fc.assert(fc.property(idArb, patientArb, (id: RegimenId, patient) => {
      const pounds = weightToKg(patient.weightKg / 0.45359237, 'lb');
      if (!pounds.ok) return;
      // Confirmed, so that a weight on the edge of plausibility cannot fall on different sides in kg and in lb.
      const inKg = planRegimen(id, { ...patient, weightConfirmed: true });
      const inLb = planRegimen(id, { ...patient, weightKg: pounds.value, weightConfirmed: true });
      expect(inLb.ok).toBe(inKg.ok);
      if (!inKg.ok || !inLb.ok) return;
      inKg.value.items.forEach((item, index) => {
        expect(inLb.value.items[index].dose.amount).toBeCloseTo(item.dose.amount, 3);
      });
    }));
  });
});
