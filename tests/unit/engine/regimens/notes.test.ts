/** What a prescriber must see: the warnings each plan carries (drugs.md §6–10; guidelines.md §4.4, §8.2). */
import { describe, expect, it } from 'vitest';
import { planRegimen } from '../../../../src/engine/regimens';
import { adult, child, codes, plan } from './helpers';

describe('regimen warnings', () => {
  it.each([
    ['rituximab-standard', { weightKg: 70, heightCm: 170 }],
    ['rituximab-low-dose', { weightKg: 70 }],
  ] as const)('%s: hepatitis B screening (HBsAg and anti-HBc), boxed warnings, premedication, blunted vaccines', (id, patient) => {
    const { warnings } = plan(id, patient);
    expect(warnings.map((note) => note.code)).toEqual(['hbv-screening', 'rituximab-boxed-warning', 'rituximab-premedication', 'vaccine-response']);
    expect(warnings[0].message).toMatch(/HBsAg and anti-HBc before the first dose/);
    expect(warnings[3].message).toMatch(/at least 6 months/);
  });

  it('rituximab: pregnancy and the adult-only evidence for the low dose', () => {
    expect(codes('rituximab-standard', { weightKg: 70, heightCm: 170, pregnant: true })).toContain('pregnancy-rituximab');
    expect(codes('rituximab-low-dose', { weightKg: 25, ageYears: 8 })).toContain('low-dose-adults-only');
    expect(codes('rituximab-low-dose', { weightKg: 70, ageYears: 18 })).not.toContain('low-dose-adults-only');
  });

  it('anti-D: the haemolysis boxed warning with observation and dipstick times, and mcg with units', () => {
    const { warnings } = plan('anti-d', { weightKg: 70, ...adult });
    expect(warnings.map((note) => note.code)).toEqual([
      'anti-d-units', 'anti-d-dose-range', 'anti-d-haemolysis-boxed-warning', 'anti-d-avoid',
    ]);
    expect(warnings[0].message).toMatch(/^3,500 mcg = 17,500 units \(1 mcg = 5 units\)/);
    expect(warnings[2].message).toMatch(/at least 8 hours.*baseline, 2 h, 4 h/);
  });

  it('anti-D: the reduced band, child premedication and an adult’s positive DAT are said', () => {
    expect(codes('anti-d', { weightKg: 70, ...adult, haemoglobinGdL: 9 })).toContain('anti-d-reduced-dose');
    expect(codes('anti-d', { weightKg: 25, ...child })).toEqual([
      'anti-d-units', 'anti-d-child-premedication', 'anti-d-haemolysis-boxed-warning', 'anti-d-avoid',
    ]);
    expect(codes('anti-d', { weightKg: 70, ...adult, datNegative: false })).toContain('anti-d-dat-positive');
  });

  it('IVIG: the boxed warning (thrombosis, renal) and IgA deficiency, for adults and children', () => {
    for (const ageYears of [8, 40]) {
      expect(codes('ivig', { weightKg: 25, ageYears })).toEqual(expect.arrayContaining(['ivig-boxed-warning', 'ivig-iga-deficiency', 'ivig-product-schedule']));
    }
    expect(codes('ivig', { weightKg: 25, ageYears: 8 })).not.toContain('ivig-alternative-schedule');
  });

  it('dexamethasone: 3 courses in all (conservative reading of the ICR) for adults; the paediatric notes for children', () => {
    const adultPlan = plan('dexamethasone-high-dose', { weightKg: 70, ageYears: 40 });
    expect(adultPlan.warnings.map((note) => note.code)).toEqual(['dexamethasone-courses']);
    expect(adultPlan.warnings[0].message).toMatch(/3 courses in all/);
    expect(codes('dexamethasone-high-dose', { weightKg: 30, ageYears: 8 })).toEqual(['paediatric-steroid-course', 'paediatric-steroid-caps-source']);
  });

  it('prednisone: the paediatric cap conflict is said, for the default and for the ICR schedule', () => {
    const ash = plan('prednisone', { weightKg: 40, ageYears: 8 }).warnings[0];
    expect(ash).toMatchObject({ code: 'paediatric-prednisone-cap', citation: 'ash-2019' });
    expect(ash.message).toMatch(/lower ASH cap is applied/);
    const icr = plan('prednisone', { weightKg: 40, ageYears: 8, prednisoneRule: 'icr-2019-high-dose' }).warnings[0];
    expect(icr).toMatchObject({ code: 'paediatric-prednisone-cap', citation: 'icr-2019' });
    expect(codes('prednisone', { weightKg: 70, ageYears: 40, prednisoneRule: 'icr-2019-high-dose' })).toContain('prednisone-rule-ignored');
    expect(codes('prednisone', { weightKg: 70, ageYears: 40, prednisoneRule: 'ash-2019' })).toEqual(['prednisone-ash-range']);
    expect(codes('prednisone', { weightKg: 70, ageYears: 30, pregnant: true })).toContain('pregnancy-prednisone');
    expect(codes('prednisone', { weightKg: 40, ageYears: 16, pregnant: true })).toContain('pregnancy-prednisone');
  });

  it('multi-agent rescue: the caps note of the contract, the evidence, neurotoxicity — even when nothing is capped', () => {
    const { warnings } = plan('multiagent-rescue', { weightKg: 30 });
    expect(warnings[0]).toMatchObject({
      code: 'multiagent-caps',
      message: expect.stringMatching(/standard practice; not stated in the primary source/),
    });
    expect(warnings[1].message).toMatch(/71 %.*at least 20 ×10⁹\/L to above 30 ×10⁹\/L/);
    expect(warnings[1].message).toMatch(/small uncontrolled series of 35 patients/);
    expect(warnings.map((note) => note.code)).toEqual(expect.arrayContaining(['vincristine-neurotoxicity', 'multiagent-schedule', 'ivig-boxed-warning']));
  });

  it('multi-agent rescue: anti-D only when allowed, otherwise a note saying why it was left out', () => {
    expect(plan('multiagent-rescue', { weightKg: 60 }).value.items.map((entry) => entry.drug))
      .toEqual(['immune globulin', 'methylprednisolone', 'vincristine']);
    const missing = plan('multiagent-rescue', { weightKg: 60 }).warnings.find((note) => note.code === 'multiagent-anti-d-omitted');
    expect(missing?.message).toBe('Anti-D is not included. Enter the Rh(D) status: anti-D is only for Rh(D)-positive patients. Enter the splenectomy status: anti-D is only for patients who still have a spleen. Enter the haemoglobin (g/dL): the anti-D dose depends on it, and below 8 g/dL anti-D must not be given. Enter the age: children need a negative DAT and get a different anti-D dose.');
    const negative = plan('multiagent-rescue', { weightKg: 60, ...adult, rhD: 'negative' }).warnings.find((note) => note.code === 'multiagent-anti-d-omitted');
    expect(negative?.message).toBe('Anti-D is not included. Anti-D is only for Rh(D)-positive patients: choose another treatment.');
    const reduced = plan('multiagent-rescue', { weightKg: 60, ...adult, haemoglobinGdL: 9.5 });
    expect(reduced.value.items[3].dose).toMatchObject({ amount: 1500, amountMax: 2400, perKg: 25 });
    expect(reduced.warnings.map((note) => note.code)).toEqual(expect.arrayContaining(['anti-d-units', 'anti-d-reduced-dose', 'anti-d-haemolysis-boxed-warning']));
  });

  it('pregnancy: vinca alkaloids and danazol are to be avoided (guidelines.md §8.2)', () => {
    expect(codes('multiagent-rescue', { weightKg: 60, pregnant: true })).toContain('pregnancy-vinca-alkaloids');
    expect(codes('multiagent-rescue', { weightKg: 60, pregnant: false })).not.toContain('pregnancy-vinca-alkaloids');
    expect(codes('danazol-azathioprine', { weightKg: 60, pregnant: true })[0]).toBe('pregnancy-danazol');
    expect(codes('danazol-azathioprine', { weightKg: 60 })).not.toContain('pregnancy-danazol');
  });

  it('danazol and azathioprine: monitoring, and the unverified 150 mg azathioprine cap is not applied', () => {
    const { value, warnings } = plan('danazol-azathioprine', { weightKg: 100 });
    expect(value.items[1].dose).toEqual({ amount: 200, unit: 'mg', perKg: 2, capped: false });
    expect(warnings.map((note) => note.code)).toEqual(['maintenance-evidence', 'danazol-monitoring', 'azathioprine-monitoring', 'azathioprine-cap-unverified']);
    expect(warnings[1].message).toMatch(/liver tests.*virilisation/);
    expect(warnings[2].message).toMatch(/TPMT.*blood counts/);
    expect(warnings[3].message).toMatch(/not applied \(2 mg\/kg here is 200 mg daily\)/);
  });

  it('methylprednisolone pulse: the cap note, the missing schedule and the adult emergency regimen', () => {
    expect(codes('methylprednisolone-pulse', { weightKg: 20 })).toEqual(['methylprednisolone-cap', 'methylprednisolone-schedule', 'methylprednisolone-emergency']);
  });

  it('collects every cited reference key of a plan, once each', () => {
    const result = planRegimen('multiagent-rescue', { weightKg: 60, ...adult });
    expect(result.ok && result.value.citations).toEqual(['boruchov-2007', 'icr-2019', 'winrho-uspi', 'ash-2011', 'ivig-labels']);
  });

  it('records what the doses were computed from', () => {
    expect(plan('prednisone', { weightKg: 70, ageYears: 40 }).value.basis).toEqual({ weightKg: 70, ageYears: 40, ageGroup: 'adult' });
    expect(plan('methylprednisolone-pulse', { weightKg: 20 }).value.basis).toEqual({ weightKg: 20, ageGroup: 'not given' });
    expect(plan('methylprednisolone-pulse', { weightKg: 20, heightCm: 110, ageYears: 6, bsaFormula: 'dubois' }).value.basis)
      .toMatchObject({ heightCm: 110, ageYears: 6, ageGroup: 'child', bsa: { formula: 'dubois' } });
  });
});
