/** drugs.md §13 worked examples W57–W76, each row naming its source. */
import { describe, expect, it } from 'vitest';
import { formatDose } from '../../../../src/engine/format/dose';
import { planRegimen } from '../../../../src/engine/regimens';
import { heightToCm, weightToKg } from '../../../../src/engine/units';
import { adult, child, codes, item, plan } from './helpers';

describe('rituximab and BSA (drugs.md §6; W57–W62)', () => {
  it.each([
    // [source, kg, cm, age, formula, mg shown]
    ['W57 Mosteller', 70, 170, 40, 'mosteller', '681.8 mg'],
    ['W57 DuBois', 70, 170, 40, 'dubois', '678.6 mg'],
    ['W58 Mosteller', 55, 160, 40, 'mosteller', '586.3 mg'],
    ['W58 DuBois', 55, 160, 40, 'dubois', '586.2 mg'],
    ['W59 Mosteller', 100, 180, 40, 'mosteller', '838.5 mg'],
    ['W59 DuBois', 100, 180, 40, 'dubois', '823.1 mg'],
    ['W60 child', 25, 120, 8, 'mosteller', '342.3 mg'],
  ])('drugs.md %s: %d kg, %d cm → %s', (_source, weightKg, heightCm, ageYears, bsaFormula, shown) => {
    const rituximab = item('rituximab-standard', { weightKg, heightCm, ageYears, bsaFormula });
    expect(formatDose(rituximab.dose)).toBe(shown);
    expect(rituximab.dose).toMatchObject({ unit: 'mg', perM2: 375, capped: false });
    expect(rituximab.schedule).toBe('once weekly for 4 doses');
    expect(rituximab.route).toBe('IV infusion');
  });

  it('W57: the dose comes from the unrounded BSA (681.8 mg, not the 682.5 mg of a rounded 1.82 m²)', () => {
    const rituximab = item('rituximab-standard', { weightKg: 70, heightCm: 170 });
    expect(rituximab.dose.amount).toBeCloseTo(375 * Math.sqrt(11900 / 3600), 3);
    expect(rituximab.working).toBe('375 mg/m² × 1.8181 m² (Mosteller) = 681.8 mg');
  });

  it('W61: imperial inputs converted exactly give the metric BSA (1.8172 m²)', () => {
    const weight = weightToKg(154, 'lb');
    const height = heightToCm(67, 'in');
    if (!weight.ok || !height.ok) throw new Error('conversion failed');
    const result = planRegimen('rituximab-standard', { weightKg: weight.value, heightCm: height.value });
    expect(result.ok && result.value.basis.bsa?.m2).toBeCloseTo(1.8172, 4);
    expect(result.ok && result.value.items[0].dose.amount).toBeCloseTo(375 * 1.8172, 1);
  });

  it.each([[40], [70], [150]])('W62: low dose is 100 mg weekly × 4 at %d kg, with hepatitis B screening', (weightKg) => {
    const rituximab = item('rituximab-low-dose', { weightKg });
    expect(rituximab.dose).toEqual({ amount: 100, unit: 'mg', capped: false });
    expect(rituximab.schedule).toBe('once weekly for 4 doses (400 mg course)');
    expect(codes('rituximab-low-dose', { weightKg })).toContain('hbv-screening');
  });
});

describe('corticosteroids (drugs.md §7; W63–W67)', () => {
  it.each([[50], [70], [140]])('W63: adult dexamethasone is 40 mg daily × 4 days at %d kg', (weightKg) => {
    const dexamethasone = item('dexamethasone-high-dose', { weightKg, ageYears: 30 });
    expect(dexamethasone.dose).toEqual({ amount: 40, unit: 'mg', capped: false });
    expect(dexamethasone).toMatchObject({ per: 'day', schedule: 'daily for 4 days (one course)' });
  });

  it.each([
    ['W64', 60, { amount: 60, unit: 'mg', perKg: 1, capped: false }],
    ['W64', 95, { amount: 80, unit: 'mg', perKg: 1, capped: true }],
  ])('drugs.md %s: adult prednisone 1 mg/kg at %d kg', (_source, weightKg, dose) => {
    expect(item('prednisone', { weightKg, ageYears: 40 }).dose).toEqual(dose);
  });

  it.each([
    ['W65 ASH, 30 kg', 30, undefined, { amount: 60, amountMax: 120, unit: 'mg', perKg: 2, capped: false }],
    ['W65 ASH, 40 kg capped', 40, undefined, { amount: 80, amountMax: 120, unit: 'mg', perKg: 2, capped: true }],
    ['W65 ICR high dose, 40 kg', 40, 'icr-2019-high-dose', { amount: 160, unit: 'mg', perKg: 4, capped: false }],
  ])('drugs.md %s', (_source, weightKg, prednisoneRule, dose) => {
    expect(item('prednisone', { weightKg, ageYears: 10, prednisoneRule }).dose).toEqual(dose);
  });

  it.each([
    ['W66', 30, { amount: 18, unit: 'mg', perKg: 0.6, capped: false }],
    ['W66', 75, { amount: 40, unit: 'mg', perKg: 0.6, capped: true }],
  ])('drugs.md %s: child dexamethasone 0.6 mg/kg at %d kg', (_source, weightKg, dose) => {
    const dexamethasone = item('dexamethasone-high-dose', { weightKg, ageYears: 15 });
    expect(dexamethasone.dose).toEqual(dose);
    expect(dexamethasone.schedule).toBe('daily for 4 days');
  });

  it.each([
    ['W67', 25, { amount: 750, unit: 'mg', perKg: 30, capped: false }],
    ['W67', 70, { amount: 1000, unit: 'mg', perKg: 30, capped: true }],
  ])('drugs.md %s: methylprednisolone 30 mg/kg at %d kg, the 1 g cap marked as not from the source', (_source, weightKg, dose) => {
    const methylprednisolone = item('methylprednisolone-pulse', { weightKg });
    expect(methylprednisolone.dose).toEqual(dose);
    expect(codes('methylprednisolone-pulse', { weightKg })).toContain('methylprednisolone-cap');
  });

  it('W67: the capped working shows the uncapped amount and the cap’s source', () => {
    const methylprednisolone = item('methylprednisolone-pulse', { weightKg: 70 });
    expect(methylprednisolone.working).toBe('30 mg/kg × 70 kg = 2,100 mg, capped at 1,000 mg (standard practice; not stated in the ITP sources)');
    expect(methylprednisolone.capNote).toBe('Capped at 1,000 mg (standard practice; not stated in the ITP sources): the rate alone gives 2,100 mg.');
  });
});

describe('IVIG and anti-D (drugs.md §8; W68–W73)', () => {
  it('W68: adult IVIG 1 g/kg → 70 g, with the 0.4 g/kg × 5 alternative (28 g daily)', () => {
    const ivig = item('ivig', { weightKg: 70, ageYears: 40 });
    expect(ivig.dose).toEqual({ amount: 70, unit: 'g', perKg: 1, capped: false });
    const result = planRegimen('ivig', { weightKg: 70, ageYears: 40 });
    expect(result.ok && result.warnings.find((note) => note.code === 'ivig-alternative-schedule')?.message)
      .toBe('Alternative adult schedule (ICR 2019): 0.4 g/kg daily for 5 days, here 28 g daily.');
  });

  it('W69: child 18 kg IVIG 0.8–1 g/kg → 14.4–18 g', () => {
    const ivig = item('ivig', { weightKg: 18, ageYears: 5 });
    expect(ivig.dose).toEqual({ amount: 14.4, amountMax: 18, unit: 'g', perKg: 0.8, capped: false });
    expect(formatDose(ivig.dose)).toBe('14.4–18 g');
  });

  it('W70: anti-D 70 kg, Hb 12.5 g/dL → 50 mcg/kg = 3,500 mcg = 17,500 units', () => {
    const antiD = item('anti-d', { weightKg: 70, ...adult });
    expect(antiD.dose).toEqual({ amount: 3500, unit: 'mcg', perKg: 50, capped: false });
    expect(antiD.internationalUnits).toEqual({ amount: 17500 });
  });

  it('W71: anti-D 70 kg, Hb 9 g/dL → reduced 25–40 mcg/kg = 1,750–2,800 mcg (8,750–14,000 units)', () => {
    const antiD = item('anti-d', { weightKg: 70, ...adult, haemoglobinGdL: 9 });
    expect(antiD.dose).toEqual({ amount: 1750, amountMax: 2800, unit: 'mcg', perKg: 25, capped: false });
    expect(antiD.internationalUnits).toEqual({ amount: 8750, amountMax: 14000 });
  });

  it('W72: anti-D with Hb 7.8 g/dL says first "do not give"; the lowest labelled dose only on request', () => {
    const { value, warnings } = plan('anti-d', { weightKg: 70, ...adult, haemoglobinGdL: 7.8 });
    expect(warnings[0]).toMatchObject({ code: 'anti-d-haemoglobin-floor', limit: 'contraindicated', citation: 'winrho-uspi' });
    expect(warnings[0].message).toMatch(/^Contraindicated: haemoglobin is below 8 g\/dL\. The label says to use another treatment/);
    expect(value.doseOnRequest).toBe(true);
    expect(value.items[0].dose).toMatchObject({ perKg: 25, amount: 1750, amountMax: 2800 });
  });

  it('W73: anti-D for an Rh(D)-negative or splenectomised patient is contraindicated, first, each reason once', () => {
    expect(codes('anti-d', { weightKg: 70, ...adult, rhD: 'negative' })[0]).toBe('anti-d-rh-negative');
    expect(codes('anti-d', { weightKg: 70, ...adult, splenectomised: true })[0]).toBe('anti-d-splenectomised');
    expect(codes('anti-d', { weightKg: 70, ...adult, rhD: 'negative', splenectomised: true, haemoglobinGdL: 7 }).slice(0, 3))
      .toEqual(['anti-d-rh-negative', 'anti-d-splenectomised', 'anti-d-haemoglobin-floor']);
    expect(plan('anti-d', { weightKg: 70, ...adult }).value.doseOnRequest).toBe(false);
  });
});

describe('Boruchov rescue and maintenance (drugs.md §9; W74–W76)', () => {
  it('W74: 60 kg → IVIG 60 g, methylprednisolone 1,000 mg (1,800 mg uncapped), vincristine 1.8 mg, anti-D 3,000–4,500 mcg', () => {
    const patient = { weightKg: 60, ...adult };
    expect(item('multiagent-rescue', patient, 'immune globulin').dose).toEqual({ amount: 60, unit: 'g', perKg: 1, capped: false });
    expect(item('multiagent-rescue', patient, 'methylprednisolone').dose).toEqual({ amount: 1000, unit: 'mg', perKg: 30, capped: true });
    expect(item('multiagent-rescue', patient, 'vincristine').dose).toEqual({ amount: 1.8, unit: 'mg', perKg: 0.03, capped: false });
    expect(item('multiagent-rescue', patient, 'rho(d) immune globulin').dose)
      .toEqual({ amount: 3000, amountMax: 4500, unit: 'mcg', perKg: 50, capped: false });
    expect(codes('multiagent-rescue', patient)).toContain('multiagent-caps');
  });

  it('W75: 80 kg → vincristine 2.4 mg capped to 2 mg, with the unverified-cap note', () => {
    const vincristine = item('multiagent-rescue', { weightKg: 80 }, 'vincristine');
    expect(vincristine.dose).toEqual({ amount: 2, unit: 'mg', perKg: 0.03, capped: true });
    expect(vincristine.working).toBe('0.03 mg/kg × 80 kg = 2.4 mg, capped at 2 mg (standard practice; not stated in the primary source)');
  });

  it('W76: 60 kg maintenance → danazol 600–900 mg daily, capped at the SmPC’s 800 mg/day; azathioprine 120 mg daily', () => {
    expect(item('danazol-azathioprine', { weightKg: 60 }, 'danazol').dose)
      .toEqual({ amount: 600, amountMax: 800, unit: 'mg', perKg: 10, capped: true });
    expect(item('danazol-azathioprine', { weightKg: 60 }, 'danazol').working).toBe('10–15 mg/kg × 60 kg = 600–900 mg, capped at 800 mg (danazol SmPC maximum daily dose)');
    expect(item('danazol-azathioprine', { weightKg: 60 }, 'azathioprine').dose)
      .toEqual({ amount: 120, unit: 'mg', perKg: 2, capped: false });
  });

  it('child details do not change the Boruchov doses', () => {
    expect(item('multiagent-rescue', { weightKg: 25, ...child }, 'vincristine').dose.amount).toBe(0.75);
  });
});
