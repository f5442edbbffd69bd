/**
 * regimenRules: each regimen's rules as data, without a patient (drugs.md §6–9), and proof that they are
 * the rules planRegimen applies: every plan's items and standing notes come from them.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatDoseRule, planRegimen, regimenIds, regimenRules,
  type ItemSpec, type RegimenId, type RegimenItem, type RegimenRules, type RuleContext,
} from '../../../../src/engine/regimens';

/** Rules that must exist: the test fails with the errors otherwise. */
function rules(id: RegimenId, context: RuleContext): RegimenRules {
  const result = regimenRules(id, context);
  if (!result.ok) throw new Error(`${id}: ${JSON.stringify(result.errors)}`);
  return result.value;
}

function only(id: RegimenId, context: RuleContext, drug?: string): ItemSpec {
  const { items } = rules(id, context);
  const found = drug === undefined ? items[0] : items.find((item) => item.drug === drug);
  if (found === undefined) throw new Error(`${id}: no ${drug ?? 'item'}`);
  return found;
}

const adult: RuleContext = { ageGroup: 'adult' };
const child: RuleContext = { ageGroup: 'child' };
const notInSource = 'standard practice; not stated in the primary source';

describe('regimenRules: the source rows (drugs.md)', () => {
  it.each([
    ['§6 rituximab standard', 'rituximab-standard', adult, undefined, { basis: 'bsa', perM2: 375, unit: 'mg' }, '375 mg/m²'],
    ['§6 rituximab standard, children too', 'rituximab-standard', child, undefined, { basis: 'bsa', perM2: 375, unit: 'mg' }, '375 mg/m²'],
    ['§6 rituximab low dose', 'rituximab-low-dose', adult, undefined, { basis: 'flat', amount: 100, unit: 'mg' }, '100 mg'],
    ['§7.1 dexamethasone, adults: flat', 'dexamethasone-high-dose', adult, undefined, { basis: 'flat', amount: 40, unit: 'mg' }, '40 mg'],
    ['§7.2 dexamethasone, children', 'dexamethasone-high-dose', child, undefined,
      { basis: 'weight', perKg: 0.6, unit: 'mg', cap: { amount: 40, source: 'ASH 2019 paediatric maximum' } }, '0.6 mg/kg'],
    ['§7.1 prednisone, adults (ICR)', 'prednisone', adult, undefined,
      { basis: 'weight', perKg: 1, unit: 'mg', cap: { amount: 80, source: 'ICR 2019 maximum' } }, '1 mg/kg'],
    ['§7.2 prednisone, children (ASH, the default)', 'prednisone', child, undefined,
      { basis: 'weight', perKg: 2, perKgMax: 4, unit: 'mg', cap: { amount: 120, source: 'ASH 2019 paediatric maximum' } }, '2–4 mg/kg'],
    ['§7.2 prednisone, children (ICR high dose, when chosen)', 'prednisone', { ageGroup: 'child', prednisoneRule: 'icr-2019-high-dose' }, undefined,
      { basis: 'weight', perKg: 4, unit: 'mg', cap: { amount: 200, source: 'ICR 2019 high-dose maximum' } }, '4 mg/kg'],
    ['§7.1 prednisone, adults: the ICR paediatric schedule does not apply', 'prednisone', { ageGroup: 'adult', prednisoneRule: 'icr-2019-high-dose' }, undefined,
      { basis: 'weight', perKg: 1, unit: 'mg', cap: { amount: 80, source: 'ICR 2019 maximum' } }, '1 mg/kg'],
    ['§8.1 IVIG, adults', 'ivig', adult, undefined, { basis: 'weight', perKg: 1, unit: 'g' }, '1 g/kg'],
    ['§8.1 IVIG, children', 'ivig', child, undefined, { basis: 'weight', perKg: 0.8, perKgMax: 1, unit: 'g' }, '0.8–1 g/kg'],
    ['§8.2 anti-D, label initial dose', 'anti-d', adult, undefined, { basis: 'weight', perKg: 50, unit: 'mcg' }, '50 mcg/kg'],
    ['§8.2 anti-D, children (ICR)', 'anti-d', child, undefined, { basis: 'weight', perKg: 75, unit: 'mcg' }, '75 mcg/kg'],
    ['§7.3 methylprednisolone pulse, 1 g cap not in the source', 'methylprednisolone-pulse', adult, undefined,
      { basis: 'weight', perKg: 30, unit: 'mg', cap: { amount: 1000, source: 'standard practice; not stated in the ITP sources' } }, '30 mg/kg'],
    ['§7.1 prednisone in pregnancy (ICR lower start)', 'prednisone', { ageGroup: 'adult', pregnant: true }, undefined,
      { basis: 'flat', amount: 10, amountMax: 20, unit: 'mg' }, '10–20 mg'],
    ['§9 rescue IVIG', 'multiagent-rescue', adult, 'immune globulin', { basis: 'weight', perKg: 1, unit: 'g' }, '1 g/kg'],
    ['§9 rescue methylprednisolone', 'multiagent-rescue', adult, 'methylprednisolone',
      { basis: 'weight', perKg: 30, unit: 'mg', cap: { amount: 1000, source: notInSource } }, '30 mg/kg'],
    ['§9 rescue vincristine, 2 mg cap not in the source', 'multiagent-rescue', adult, 'vincristine',
      { basis: 'weight', perKg: 0.03, unit: 'mg', cap: { amount: 2, source: notInSource } }, '0.03 mg/kg'],
    ['§9 rescue anti-D', 'multiagent-rescue', adult, 'rho(d) immune globulin', { basis: 'weight', perKg: 50, perKgMax: 75, unit: 'mcg' }, '50–75 mcg/kg'],
    ['§9–10 maintenance danazol, SmPC cap 800 mg/day', 'danazol-azathioprine', adult, 'danazol',
      { basis: 'weight', perKg: 10, perKgMax: 15, unit: 'mg', cap: { amount: 800, source: 'danazol SmPC maximum daily dose' } }, '10–15 mg/kg'],
    ['§9 maintenance azathioprine, no cap (150 mg unverified)', 'danazol-azathioprine', adult, 'azathioprine', { basis: 'weight', perKg: 2, unit: 'mg' }, '2 mg/kg'],
  ] as const)('%s', (_source, id, context, drug, dose, text) => {
    const item = only(id, context, drug);
    expect(item.dose).toEqual(dose);
    expect(formatDoseRule(item.dose)).toBe(text);
  });

  it.each([
    ['rituximab-standard', adult, 'IV infusion', 'once weekly for 4 doses', 'dose'],
    ['rituximab-low-dose', adult, 'IV infusion', 'once weekly for 4 doses (400 mg course)', 'dose'],
    ['prednisone', adult, 'oral', expect.stringMatching(/^daily for 2 weeks \(at most 3\)/), 'day'],
    ['prednisone', child, 'oral', 'daily for 5–7 days', 'day'],
    ['prednisone', { ageGroup: 'child', prednisoneRule: 'icr-2019-high-dose' }, 'oral', 'daily in 3–4 divided doses for 4 days, no taper', 'day'],
    ['anti-d', adult, 'IV injection over 3–5 minutes', expect.stringMatching(/^once \(the label allows splitting/), 'dose'],
  ] as const)('%s (%o): route, schedule and whether the amount is a dose or a day', (id, context, route, schedule, per) => {
    expect(only(id, context)).toMatchObject({ route, schedule, per });
  });

  it('lists a regimen’s drugs in the plan’s order, with their sources', () => {
    const rescue = rules('multiagent-rescue', adult);
    expect(rescue.name).toBe('Multi-agent rescue (Boruchov)');
    expect(rescue.items.map((item) => item.drug)).toEqual(['immune globulin', 'methylprednisolone', 'vincristine', 'rho(d) immune globulin']);
    expect(rescue.items.every((item) => item.citations.includes('boruchov-2007'))).toBe(true);
    expect(only('rituximab-standard', adult).citations).toEqual(['godeau-2008', 'patel-2012']);
  });

  it('carries the notes every plan gives for the context, and none that depend on one patient', () => {
    const codes = (id: RegimenId, context: RuleContext) => rules(id, context).notes.map((note) => note.code);
    expect(codes('multiagent-rescue', adult)).toEqual([
      'multiagent-caps', 'multiagent-evidence', 'multiagent-schedule', 'vincristine-neurotoxicity',
      'anti-d-haemolysis-boxed-warning', 'anti-d-avoid', 'ivig-boxed-warning', 'ivig-iga-deficiency', 'ivig-haemolysis',
    ]);
    expect(rules('multiagent-rescue', adult).notes[0].message).toMatch(/vincristine at 2 mg a dose: standard practice; not stated in the primary source/);
    expect(codes('prednisone', adult)).toEqual(['prednisone-ash-range']);
    expect(codes('prednisone', { ageGroup: 'adult', prednisoneRule: 'icr-2019-high-dose' })).toEqual(['prednisone-ash-range', 'prednisone-rule-ignored']);
    expect(codes('prednisone', child)).toEqual(['paediatric-prednisone-cap', 'paediatric-steroid-course', 'paediatric-steroid-caps-source']);
    expect(rules('prednisone', child).notes[0].message).toMatch(/The lower ASH cap is applied/);
    expect(rules('prednisone', { ageGroup: 'child', prednisoneRule: 'icr-2019-high-dose' }).notes[0].message).toMatch(/^The ICR 2019 high-dose schedule was chosen/);
    expect(codes('ivig', adult)).not.toContain('ivig-alternative-schedule');
    expect(codes('danazol-azathioprine', adult)).toEqual(['danazol-boxed-warning', 'maintenance-evidence', 'danazol-monitoring', 'azathioprine-monitoring']);
    expect(codes('anti-d', adult)).toEqual(['anti-d-dose-range', 'anti-d-haemolysis-boxed-warning', 'anti-d-avoid']);
    expect(codes('anti-d', child)).toEqual(['anti-d-child-premedication', 'anti-d-haemolysis-boxed-warning', 'anti-d-avoid']);
    expect(codes('prednisone', { ageGroup: 'adult', pregnant: true })).toEqual(['pregnancy-prednisone']);
    expect(codes('rituximab-low-dose', child)[0]).toBe('low-dose-adults-only');
    expect(codes('rituximab-low-dose', adult)).not.toContain('low-dose-adults-only');
    expect(codes('danazol-azathioprine', { ageGroup: 'child', pregnant: true }).slice(0, 2)).toEqual(['pregnancy-danazol', 'danazol-azathioprine-no-paediatric-data']);
    expect(codes('dexamethasone-high-dose', adult)).toEqual(['dexamethasone-courses']);
    expect(codes('methylprednisolone-pulse', adult)).toEqual(['methylprednisolone-course', 'methylprednisolone-cap', 'methylprednisolone-emergency']);
  });

  it('carries each regimen’s population limits as data, each with where it comes from', () => {
    const limits = (id: RegimenId) => rules(id, adult).limits.map((limit) => `${limit.kind} ${limit.fact}${limit.drug === undefined ? '' : ` (${limit.drug})`}`);
    expect(limits('danazol-azathioprine')).toEqual(['contraindicated pregnant (danazol)', 'contraindicated hepatic-impairment (danazol)', 'no-data child']);
    expect(limits('multiagent-rescue')).toEqual(['contraindicated pregnant (vincristine)']);
    expect(limits('anti-d')).toEqual(['contraindicated rh-negative', 'contraindicated splenectomised', 'contraindicated haemoglobin-below-floor', 'contraindicated dat-positive-child']);
    expect(limits('rituximab-low-dose')).toEqual(['no-data child', 'caution pregnant']);
    expect(limits('rituximab-standard')).toEqual(['caution pregnant']);
    expect(limits('prednisone')).toEqual(['caution pregnant']);
    for (const id of regimenIds) {
      for (const limit of rules(id, adult).limits) expect(limit.source.length).toBeGreaterThan(0);
    }
  });
});

describe('regimenRules: the rules planRegimen applies', () => {
  /** Anti-D eligible at its full dose, and any weight confirmed, so that every regimen plans every item it lists. */
  const eligible = { rhD: 'positive', splenectomised: false, haemoglobinGdL: 12, datNegative: true, weightConfirmed: true };
  const contexts: RuleContext[] = [adult, child, { ageGroup: 'child', prednisoneRule: 'icr-2019-high-dose' }];

  /** A plan item made from a rule has the rule's rate, route, schedule, unit and sources. */
  function expectFrom(rule: ItemSpec, planned: RegimenItem) {
    expect(planned).toMatchObject({ drug: rule.drug, route: rule.route, schedule: rule.schedule, per: rule.per, citations: rule.citations });
    expect(planned.dose.unit).toBe(rule.dose.unit);
    if (rule.dose.basis === 'flat') expect(planned.dose.amount).toBe(rule.dose.amount);
    if (rule.dose.basis === 'weight') expect(planned.dose.perKg).toBe(rule.dose.perKg);
    if (rule.dose.basis === 'bsa') expect(planned.dose.perM2).toBe(rule.dose.perM2);
  }

  it('every plan is made of the rules for its age group, and carries their notes in order', () => {
    fc.assert(fc.property(
      fc.constantFrom(...regimenIds), fc.constantFrom(...contexts),
      fc.double({ min: 0.5, max: 350, noNaN: true }), fc.double({ min: 30, max: 250, noNaN: true }), fc.boolean(),
      (id, context, weightKg, heightCm, pregnant) => {
        const ageYears = context.ageGroup === 'child' ? 8 : 40;
        const planned = planRegimen(id, { ...eligible, ...context, weightKg, heightCm, ageYears, pregnant });
        if (!planned.ok) throw new Error(`${id}: ${JSON.stringify(planned.errors)}`);
        const given = rules(id, { ...context, pregnant });
        expect(planned.value.items).toHaveLength(given.items.length);
        given.items.forEach((rule, index) => expectFrom(rule, planned.value.items[index]));
        // The standing notes appear in the plan's warnings, in the same order (others may come between).
        const warnings = planned.warnings.map((note) => JSON.stringify(note));
        const positions = given.notes.map((note) => warnings.indexOf(JSON.stringify(note)));
        expect(positions.every((position) => position >= 0)).toBe(true);
        expect(positions).toEqual([...positions].sort((a, b) => a - b));
      },
    ), { numRuns: 300 });
  });

  it('a plan without an age uses the adult rules, and says first to check the age', () => {
    const planned = planRegimen('rituximab-low-dose', { weightKg: 70 });
    if (!planned.ok) throw new Error('plan failed');
    expect(planned.warnings[0]).toMatchObject({ code: 'population-unknown', message: 'Check the age before prescribing: the low dose was studied in adults only.' });
    expect(planned.warnings.slice(1)).toEqual(rules('rituximab-low-dose', adult).notes);
    expect(rules('rituximab-low-dose', adult).notes.map((note) => note.code)).not.toContain('population-unknown');
  });

  it('gives copies: changing them changes neither later rules nor plans', () => {
    const first = rules('prednisone', adult);
    const item = first.items[0];
    if (item.dose.basis !== 'weight' || item.dose.cap === undefined) throw new Error('prednisone is capped by weight');
    item.dose.perKg = 100;
    item.dose.cap.amount = 1;
    item.citations.push('ash-2011');
    first.notes[0].message = 'changed';
    expect(rules('prednisone', adult).items[0].dose).toEqual({ basis: 'weight', perKg: 1, unit: 'mg', cap: { amount: 80, source: 'ICR 2019 maximum' } });
    expect(rules('prednisone', adult).items[0].citations).toEqual(['icr-2019']);
    expect(rules('prednisone', adult).notes[0].message).toMatch(/^ASH 2019 suggests/);
    const planned = planRegimen('prednisone', { weightKg: 95, ageYears: 40 });
    expect(planned.ok && planned.value.items[0].dose).toEqual({ amount: 80, unit: 'mg', perKg: 1, capped: true }); // W64
  });
});

describe('regimenRules: input', () => {
  it.each([
    ['an unknown regimen', 'romiplostim', adult, ['id']],
    ['no regimen', undefined, adult, ['id']],
    ['no context', 'prednisone', undefined, ['context']],
    ['a context that is not an object', 'prednisone', 'adult', ['context']],
    ['an unknown age group', 'prednisone', { ageGroup: 'infant' }, ['ageGroup']],
    ['no age group', 'prednisone', {}, ['ageGroup']],
    ['an unknown prednisone rule', 'prednisone', { ageGroup: 'child', prednisoneRule: 'icr' }, ['prednisoneRule']],
    ['a pregnancy answer that is not yes or no', 'prednisone', { ageGroup: 'adult', pregnant: 'yes' }, ['pregnant']],
    ['every problem at once', 'steroids', { ageGroup: 'teen', prednisoneRule: 'icr' }, ['id', 'ageGroup', 'prednisoneRule']],
  ])('rejects %s, naming the field', (_what, id, context, fields) => {
    const result = regimenRules(id, context);
    expect(result.ok ? [] : result.errors.map((error) => error.field)).toEqual(fields);
  });

  it('says what it expects', () => {
    expect(regimenRules('prednisone', { ageGroup: 'infant' })).toEqual({
      ok: false, errors: [{ field: 'ageGroup', message: 'The age group must be one of: adult, child.' }],
    });
  });

  it('never throws on arbitrary input', () => {
    fc.assert(fc.property(fc.anything(), fc.anything(), (id, context) => {
      const result = regimenRules(id, context);
      expect(result.ok || result.errors.length > 0).toBe(true);
    }));
  });
});
