/** What a prescriber must see: the warnings each plan carries (drugs.md §6–10; guidelines.md §4.4, §8.2). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planRegimen } from '../../../../src/engine/regimens';
import { adult, child, codes, plan } from './helpers';

describe('regimen warnings', () => {
  it.each([
    ['rituximab-standard', { weightKg: 70, heightCm: 170, ageYears: 40 }],
    ['rituximab-low-dose', { weightKg: 70, ageYears: 40 }],
  ] as const)('%s: hepatitis B screening (HBsAg and anti-HBc), boxed warnings, premedication, blunted vaccines', (id, patient) => {
    const { warnings } = plan(id, patient);
    expect(warnings.map((note) => note.code)).toEqual(['hbv-screening', 'rituximab-boxed-warning', 'rituximab-premedication', 'vaccine-response']);
    expect(warnings[0].message).toMatch(/HBsAg and anti-HBc before the first dose/);
    expect(warnings[3].message).toMatch(/at least 6 months/);
  });

  it('rituximab: pregnancy first as a caution; the low dose says first that it has no data for children', () => {
    expect(plan('rituximab-standard', { weightKg: 70, heightCm: 170, pregnant: true }).warnings[0])
      .toMatchObject({ code: 'pregnancy-rituximab', limit: 'caution', message: expect.stringMatching(/very severe cases only/) });
    const sevenYearOld = plan('rituximab-low-dose', { weightKg: 25, ageYears: 7 });
    expect(sevenYearOld.warnings[0]).toMatchObject({ code: 'low-dose-adults-only', limit: 'no-data', message: expect.stringMatching(/^No data for children/) });
    expect(sevenYearOld.value.doseOnRequest).toBe(true);
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
    expect(codes('prednisone', { weightKg: 40, ageYears: 16, pregnant: true })[0]).toBe('pregnancy-prednisone');
  });

  it('vincristine’s dose line carries the label’s route warning, and cites the label (H-DOSE-28)', () => {
    const { value } = plan('multiagent-rescue', { weightKg: 60, ageYears: 40, pregnant: false });
    expect(value.items.find((entry) => entry.drug === 'vincristine')).toMatchObject({
      route: 'IV only: fatal if given by other routes', citations: ['boruchov-2007', 'vincristine-uspi'],
    });
  });

  it('multi-agent rescue: the caps note of the contract, the evidence, neurotoxicity — even when nothing is capped', () => {
    const { warnings } = plan('multiagent-rescue', { weightKg: 30, ageYears: 40, pregnant: false });
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
    expect(negative?.message).toBe('Anti-D is not included. The patient is Rh(D)-negative, and anti-D is only for Rh(D)-positive patients: choose another treatment.');
    const reduced = plan('multiagent-rescue', { weightKg: 60, ...adult, haemoglobinGdL: 9.5 });
    expect(reduced.value.items[3].dose).toMatchObject({ amount: 1500, amountMax: 2400, perKg: 25 });
    expect(reduced.warnings.map((note) => note.code)).toEqual(expect.arrayContaining(['anti-d-units', 'anti-d-reduced-dose', 'anti-d-haemolysis-boxed-warning']));
  });

  it('multi-agent rescue: a reason already known to leave anti-D out is said, not a request for the other details (audit 3, B9)', () => {
    const omitted = (patient: Record<string, unknown>) =>
      plan('multiagent-rescue', { weightKg: 60, ...patient }).warnings.find((note) => note.code === 'multiagent-anti-d-omitted')?.message;
    expect(omitted({ ageYears: 30, pregnant: true, rhD: 'negative' })).toBe('Anti-D is not included. The patient is Rh(D)-negative, and anti-D is only for Rh(D)-positive patients: choose another treatment.');
    expect(omitted({ splenectomised: true })).toBe('Anti-D is not included. The spleen has been removed, and anti-D is only for patients who still have a spleen: choose another treatment.');
    expect(omitted({ haemoglobinGdL: 7.5, ageYears: 8 })).toBe('Anti-D is not included. Haemoglobin 7.5 g/dL is below 8 g/dL: do not give anti-D; choose another treatment.');
    expect(omitted({ ageYears: 8, datNegative: false })).toBe('Anti-D is not included. The DAT is positive: the ICR gives anti-D to children only when the direct antiglobulin test is negative.');
  });

  it('multi-agent rescue: whatever details are missing, each known reason to leave anti-D out is named and none is asked for', () => {
    const maybe = <T,>(value: fc.Arbitrary<T>) => fc.option(value, { nil: undefined });
    const details = fc.record({
      rhD: maybe(fc.constantFrom('positive', 'negative')), splenectomised: maybe(fc.boolean()),
      haemoglobinGdL: maybe(fc.constantFrom(6, 7.99, 8, 12)), ageYears: maybe(fc.constantFrom(8, 40)), datNegative: maybe(fc.boolean()),
    });
    fc.assert(fc.property(details, (patient) => {
      const note = plan('multiagent-rescue', { weightKg: 60, ...patient }).warnings.find((entry) => entry.code === 'multiagent-anti-d-omitted');
      const known = [
        patient.rhD === 'negative' && 'Rh(D)-negative',
        patient.splenectomised === true && 'spleen has been removed',
        patient.haemoglobinGdL !== undefined && patient.haemoglobinGdL < 8 && 'do not give anti-D',
        patient.ageYears === 8 && patient.datNegative === false && 'The DAT is positive',
      ].filter((words) => words !== false);
      if (known.length === 0) return;
      for (const words of known) expect(note?.message).toContain(words);
      expect(note?.message).not.toMatch(/Enter /);
    }));
  });

  it('anti-D for a child already ruled out (Rh(D)-negative) plans as contraindicated instead of asking for the DAT (audit 3, B9)', () => {
    const result = plan('anti-d', { weightKg: 25, ageYears: 8, rhD: 'negative', splenectomised: false, haemoglobinGdL: 12 });
    expect(result.value.doseOnRequest).toBe(true);
    expect(result.warnings[0]).toMatchObject({ code: 'anti-d-rh-negative', limit: 'contraindicated' });
    expect(result.warnings[1]).toMatchObject({ code: 'population-unknown', message: expect.stringMatching(/^Check the DAT result before prescribing/) });
  });

  it.each([
    ['danazol-azathioprine', { weightKg: 60, ageYears: 30, pregnant: true }, 'pregnancy-danazol', /Instead, in pregnancy: corticosteroids or IVIG \(ASH 2011, grade 1C\); for refractory cases the ICR gives high-dose methylprednisolone with IVIG and\/or azathioprine\.$/],
    ['rituximab-low-dose', { weightKg: 60, ageYears: 30, pregnant: true }, 'pregnancy-rituximab', /First in pregnancy: corticosteroids or IVIG \(ASH 2011, grade 1C\); after single agents fail, the ICR combines prednisone with IVIG and\/or anti-D\.$/],
    ['danazol-azathioprine', { weightKg: 70, ageYears: 50, pregnant: false, hepaticImpairment: true }, 'hepatic-danazol', /Instead: another second-line option \(ASH 2019: a TPO-RA, rituximab or splenectomy\); eltrombopag has its own liver rules\.$/],
  ] as const)('%s, %j: the %s limit names what to give instead (audit 3)', (id, patient, code, instead) => {
    expect(plan(id, patient).warnings.find((note) => note.code === code)?.message).toMatch(instead);
  });

  it('pregnancy: high-dose dexamethasone carries a caution naming prednisone’s lower start, and its dose is still shown (guidelines.md §8.2)', () => {
    const result = planRegimen('dexamethasone-high-dose', { weightKg: 70, ageYears: 30, pregnant: true });
    expect(result.ok && result.warnings[0]).toMatchObject({ code: 'pregnancy-dexamethasone', limit: 'caution', citation: 'icr-2019' });
    expect(result.ok && result.value.doseOnRequest).toBeFalsy();
    const notPregnant = planRegimen('dexamethasone-high-dose', { weightKg: 70, ageYears: 30, pregnant: false });
    expect(notPregnant.ok && notPregnant.warnings.map((note) => note.code)).not.toContain('pregnancy-dexamethasone');
  });

  it('pregnancy: vincristine (multi-agent rescue) and danazol are contraindicated, first, naming the drug (guidelines.md §8.2)', () => {
    const rescue = plan('multiagent-rescue', { weightKg: 60, pregnant: true });
    expect(rescue.warnings[0]).toMatchObject({ code: 'pregnancy-vinca-alkaloids', limit: 'contraindicated', drug: 'vincristine', citation: 'icr-2019' });
    expect(rescue.warnings[0].message).toMatch(/^Contraindicated in pregnancy: vincristine\./);
    expect(rescue.value.doseOnRequest).toBe(true);
    expect(rescue.value.items.map((entry) => entry.drug)).toContain('vincristine'); // the dose, for a prescriber who asks
    expect(codes('multiagent-rescue', { weightKg: 60, ageYears: 30, pregnant: false })).not.toContain('pregnancy-vinca-alkaloids');
    const danazol = plan('danazol-azathioprine', { weightKg: 60, ageYears: 30, pregnant: true });
    expect(danazol.warnings[0]).toMatchObject({ code: 'pregnancy-danazol', limit: 'contraindicated', drug: 'danazol' });
    expect(codes('danazol-azathioprine', { weightKg: 60, ageYears: 30, pregnant: false })).not.toContain('pregnancy-danazol');
  });

  it('an unknown pregnancy status is never read as "no": the plan says what to check', () => {
    const unknown = plan('danazol-azathioprine', { weightKg: 60, ageYears: 30 });
    expect(unknown.warnings[0]).toEqual({
      code: 'population-unknown',
      message: 'Check whether the patient is pregnant and whether there is hepatic impairment before prescribing: danazol is contraindicated in pregnancy; danazol is contraindicated in marked hepatic impairment.',
      limit: 'caution',
    });
    expect(unknown.value.doseOnRequest).toBe(false);
    const young = plan('danazol-azathioprine', { weightKg: 20, ageYears: 7, hepaticImpairment: false }).warnings;
    expect(young.map((note) => note.code)).not.toContain('population-unknown'); // pregnancy is not asked about below 10
    expect(plan('multiagent-rescue', { weightKg: 60 }).warnings[0].message)
      .toBe('Check whether the patient is pregnant before prescribing: vincristine is contraindicated in pregnancy.');
  });

  it('danazol: hepatic impairment is a contraindication first; a 7-year-old gets "no data for children" first', () => {
    const liver = plan('danazol-azathioprine', { weightKg: 70, ageYears: 50, pregnant: false, hepaticImpairment: true });
    expect(liver.warnings[0]).toMatchObject({ code: 'hepatic-danazol', limit: 'contraindicated', drug: 'danazol' });
    expect(liver.warnings[0]).not.toHaveProperty('citation');
    const child = plan('danazol-azathioprine', { weightKg: 22, ageYears: 7 });
    expect(child.warnings[0]).toMatchObject({ code: 'danazol-azathioprine-no-paediatric-data', limit: 'no-data', message: expect.stringMatching(/^No data for children/) });
    expect(child.value.doseOnRequest).toBe(true);
  });

  it('danazol and azathioprine: boxed warnings, monitoring, and the unverified 150 mg azathioprine cap is not applied', () => {
    const { value, warnings } = plan('danazol-azathioprine', { weightKg: 100, ageYears: 50, pregnant: false, hepaticImpairment: false });
    expect(value.items[1].dose).toEqual({ amount: 200, unit: 'mg', perKg: 2, capped: false });
    expect(warnings.map((note) => note.code)).toEqual(['danazol-boxed-warning', 'maintenance-evidence', 'danazol-monitoring', 'azathioprine-monitoring', 'azathioprine-cap-unverified']);
    expect(warnings[0].message).toMatch(/thromboembolism.*peliosis hepatis.*benign intracranial hypertension/);
    expect(warnings[2].message).toMatch(/liver tests.*virilisation/);
    expect(warnings[3].message).toMatch(/TPMT.*blood counts/);
    expect(warnings[4].message).toMatch(/not applied \(2 mg\/kg here is 200 mg daily\)/);
  });

  it('methylprednisolone pulse: a 3-day course, the cap note, and where the course comes from', () => {
    const { value, warnings } = plan('methylprednisolone-pulse', { weightKg: 20 });
    expect(value.items[0]).toMatchObject({ schedule: 'once daily for 3 days', per: 'day', dose: { amount: 600, capped: false } });
    expect(warnings.map((note) => note.code)).toEqual(['methylprednisolone-course', 'methylprednisolone-cap', 'methylprednisolone-emergency']);
    expect(warnings[1].message).toMatch(/Above 33\.3 kg the cap gives the adult emergency dose, 1 g daily\./);
  });

  it('multi-agent rescue: anti-D above the label’s initial 50 mcg/kg is said, with the label dose for this weight', () => {
    const notes = plan('multiagent-rescue', { weightKg: 60, ...adult }).warnings;
    expect(notes.find((note) => note.code === 'multiagent-anti-d-above-label')?.message).toBe('Anti-D above the label: the series gave 50–75 mcg/kg, but the WinRho SDF label’s initial dose is 50 mcg/kg (250 units/kg), here 3,000 mcg. Doses above it are outside the label.');
    expect(codes('multiagent-rescue', { weightKg: 60, ...adult, haemoglobinGdL: 9 })).not.toContain('multiagent-anti-d-above-label');
  });

  it('prednisone in pregnancy: the ICR’s lower start, 10–20 mg daily, is the dose, said first', () => {
    const { value, warnings } = plan('prednisone', { weightKg: 75, ageYears: 30, pregnant: true });
    expect(value.items[0].dose).toEqual({ amount: 10, amountMax: 20, unit: 'mg', capped: false });
    expect(warnings[0]).toMatchObject({ code: 'pregnancy-prednisone', limit: 'caution', citation: 'icr-2019' });
    expect(value.doseOnRequest).toBe(false);
    expect(plan('prednisone', { weightKg: 75, ageYears: 30, pregnant: false }).value.items[0].dose.amount).toBe(75);
  });

  it('collects every cited reference key of a plan, once each', () => {
    const result = planRegimen('multiagent-rescue', { weightKg: 60, ...adult, pregnant: false });
    expect(result.ok && result.value.citations).toEqual(['boruchov-2007', 'icr-2019', 'vincristine-uspi', 'winrho-uspi', 'ash-2011', 'ivig-labels']);
  });

  it('records what the doses were computed from', () => {
    expect(plan('prednisone', { weightKg: 70, ageYears: 40 }).value.basis).toEqual({ weightKg: 70, ageYears: 40, ageGroup: 'adult' });
    expect(plan('methylprednisolone-pulse', { weightKg: 20 }).value.basis).toEqual({ weightKg: 20, ageGroup: 'not given' });
    expect(plan('methylprednisolone-pulse', { weightKg: 20, heightCm: 110, ageYears: 6, bsaFormula: 'dubois' }).value.basis)
      .toMatchObject({ heightCm: 110, ageYears: 6, ageGroup: 'child', bsa: { formula: 'dubois' } });
  });
});
