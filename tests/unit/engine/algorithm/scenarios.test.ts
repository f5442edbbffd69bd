/**
 * The six teaching scenarios (issue #6) and their neighbours, each row naming its source in
 * /work/shared/clinical/guidelines.md.
 */
import { describe, expect, it } from 'vitest';
import type { CaseInput } from '../../../../src/engine/algorithm';
import { adviseWithNotes, chronicDependentAdult, deferredIds, ids, option } from './helpers';

const ivigFailed = { therapy: 'ivig', outcome: 'no-response' } as const;
const steroidsFailed = { therapy: 'corticosteroids', outcome: 'no-response' } as const;

interface Scenario {
  source: string;
  input: CaseInput;
  urgency: 'emergency' | 'urgent' | 'routine';
  options: string[];
  deferred: string[];
  through: string[];
  notes?: string[];
}

const scenarios: Scenario[] = [
  {
    source: 'life-threatening bleed: 9-line answer 1, §4.4 (ICR 2019)',
    input: { ...chronicDependentAdult, bleeding: 'life-threatening', count: 4 },
    urgency: 'emergency',
    options: ['emergency-care', 'tpo-ra', 'rituximab', 'splenectomy', 'fostamatinib', 'rilzabrutinib', 'danazol-azathioprine', 'other-immunosuppressant'],
    deferred: [],
    through: ['bleeding-life-threatening', 'emergency-care', 'adult-second-line'],
  },
  {
    source: 'newly diagnosed adult after IVIG without corticosteroids: 9-line answer 2, §1.2 recs 1a/3/4, seed error 6',
    input: { ageYears: 40, count: 25, bleeding: 'none', monthsSinceDiagnosis: 1, prior: [ivigFailed] },
    urgency: 'routine',
    options: ['dexamethasone-high-dose'],
    deferred: [],
    through: ['steroid-course', 'corticosteroids-first'],
  },
  {
    source: 'same, count 15: ASH 2019 rec 2a admission, ICR rapid rise (§2.1)',
    input: { ageYears: 40, count: 15, bleeding: 'minor', monthsSinceDiagnosis: 1, prior: [ivigFailed] },
    urgency: 'urgent',
    options: ['methylprednisolone-pulse', 'dexamethasone-high-dose'],
    deferred: [],
    through: ['rapid-rise', 'corticosteroids-first'],
  },
  {
    source: 'chronic corticosteroid-dependent adult: 9-line answer 4, §1.2 recs 6–9, §1.5, §9',
    input: chronicDependentAdult,
    urgency: 'routine',
    options: ['tpo-ra', 'rituximab', 'splenectomy', 'fostamatinib', 'rilzabrutinib', 'danazol-azathioprine', 'other-immunosuppressant'],
    deferred: [],
    through: ['second-line-started', 'steroid-course', 'disease-3-months', 'adult-second-line'],
    notes: ['shared-decision'],
  },
  {
    source: 'failure of a TPO-RA and rituximab: §7.2 (Khellaf switching), §4.3 re-check, §9',
    input: {
      ageYears: 50, count: 20, bleeding: 'minor', monthsSinceDiagnosis: 36,
      prior: [ivigFailed, steroidsFailed, { therapy: 'tpo-ra', outcome: 'no-response' }, { therapy: 'rituximab', outcome: 'no-response' }],
    },
    urgency: 'routine',
    options: ['splenectomy', 'tpo-ra', 'fostamatinib', 'rilzabrutinib', 'danazol-azathioprine', 'other-immunosuppressant'],
    deferred: [],
    through: ['first-line-failed', 'recheck-diagnosis', 'adult-second-line'],
    notes: ['recheck-diagnosis', 'shared-decision', 'left-out-rituximab'],
  },
  {
    source: 'a child with skin-only bleeding: §8.1 (observation whatever the count), §1.3',
    input: { ageYears: 8, count: 5, bleeding: 'minor', monthsSinceDiagnosis: 1, prior: [ivigFailed] },
    urgency: 'urgent',
    options: ['observation'],
    deferred: [],
    through: ['age-child', 'child-bleeding', 'child-observation'],
    notes: ['urgency-count-below-10', 'urgency-child-outpatient'],
  },
  {
    source: 'a child with mucosal bleeding after first-line failure: §1.3 recs (TPO-RA > rituximab > splenectomy), §2.1 rapid rise',
    input: { ageYears: 10, count: 12, bleeding: 'mucosal', monthsSinceDiagnosis: 14, prior: [ivigFailed, steroidsFailed] },
    urgency: 'urgent',
    options: ['methylprednisolone-pulse', 'multiagent-rescue', 'tpo-ra', 'rituximab', 'splenectomy'],
    deferred: [],
    through: ['rapid-rise', 'recheck-diagnosis', 'child-second-line'],
    notes: ['urgency-mucosal-bleeding', 'recheck-diagnosis', 'child-no-marrow'],
  },
  {
    source: 'pregnancy after IVIG and corticosteroids: §8.2 (ICR prednisone, then methylprednisolone if refractory), ASH 2011 1C',
    input: { ageYears: 30, pregnant: true, count: 15, bleeding: 'minor', monthsSinceDiagnosis: 18, prior: [ivigFailed, steroidsFailed] },
    urgency: 'routine',
    options: ['prednisone', 'methylprednisolone-pulse', 'rituximab', 'splenectomy', 'tpo-ra'],
    deferred: ['tpo-ra'],
    through: ['pregnant', 'pregnancy-count-30', 'pregnancy-options'],
  },
  {
    source: 'pregnancy with mucosal bleeding, refractory: §8.2 (no vinca alkaloids), §4.4',
    input: { ageYears: 30, pregnant: true, count: 8, bleeding: 'mucosal', monthsSinceDiagnosis: 6, prior: [ivigFailed, steroidsFailed] },
    urgency: 'urgent',
    options: ['methylprednisolone-pulse', 'prednisone', 'rituximab', 'splenectomy', 'tpo-ra'],
    deferred: ['splenectomy', 'tpo-ra'],
    through: ['rapid-rise', 'pregnancy-options', 'check-pregnancy'],
    notes: ['left-out-multiagent-rescue'],
  },
  {
    source: 'pregnancy with life-threatening bleeding: emergency first whatever else is true (§4.4); the emergency TPO-RA still waits in pregnancy (§8.2)',
    input: { ageYears: 30, pregnant: true, count: 3, bleeding: 'life-threatening', monthsSinceDiagnosis: 2, prior: [ivigFailed] },
    urgency: 'emergency',
    options: ['emergency-care', 'prednisone', 'methylprednisolone-pulse', 'rituximab', 'tpo-ra', 'splenectomy'],
    deferred: ['tpo-ra', 'splenectomy'],
    through: ['emergency-care', 'pregnancy-options'],
  },
  {
    source: 'adult below 3 months after corticosteroids and IVIG: §9 (outside ASH recs 6–9; Italian Delphi early TPO-RA)',
    input: { ageYears: 35, count: 22, bleeding: 'minor', monthsSinceDiagnosis: 2, prior: [ivigFailed, steroidsFailed] },
    urgency: 'routine',
    options: ['tpo-ra', 'rituximab', 'other-immunosuppressant', 'splenectomy', 'rilzabrutinib', 'fostamatinib'],
    deferred: ['splenectomy', 'rilzabrutinib', 'fostamatinib'],
    through: ['recheck-diagnosis', 'disease-3-months', 'adult-early'],
    notes: ['outside-ash-recs-6-9'],
  },
];

describe('teaching scenarios', () => {
  it.each(scenarios)('$source', ({ input, urgency, options, deferred, through, notes = [] }) => {
    const { value, codes } = adviseWithNotes(input);
    expect(value.urgency).toBe(urgency);
    expect(ids(value)).toEqual(options);
    expect(deferredIds(value)).toEqual(deferred);
    for (const id of through) expect(value.path).toContain(id);
    for (const code of notes) expect(codes).toContain(code);
    expect(value.path.at(0)).toBe('case-start');
    expect(value.path.at(-1)).toBe('shared-decision');
  });
});

describe('what the rationales tell the clinician', () => {
  it('IVIG failure is not corticosteroid failure: dexamethasone or prednisone for at most 6 weeks (ASH 2019 recs 3–4)', () => {
    const { value } = adviseWithNotes(scenarios[1]?.input);
    const dex = option(value, 'dexamethasone-high-dose');
    expect(dex.rationale).toContain('dexamethasone 40 mg daily for 4 days');
    expect(dex.rationale).toContain('prednisone 0.5–2 mg/kg daily');
    expect(dex.rationale).toContain('no longer than 6 weeks');
    expect(dex.grades?.map((grade) => [grade.recommendation, grade.strength, grade.certainty])).toEqual([
      ['ash-2019 rec 3', 'strong', 'UNVERIFIED'],
      ['ash-2019 rec 4', 'conditional', 'UNVERIFIED'],
    ]);
  });

  it('recs 6–9 are conditional with UNVERIFIED strength and certainty, never invented (§1.2)', () => {
    const { value } = adviseWithNotes(chronicDependentAdult);
    expect(option(value, 'tpo-ra').grades).toEqual(['6', '7', '9'].map((n) => ({
      recommendation: `ash-2019 rec ${n}`, strength: 'conditional', strengthStatus: 'UNVERIFIED', certainty: 'UNVERIFIED',
    })));
    expect(option(value, 'fostamatinib').grades).toBeUndefined();
  });

  it('rituximab: hepatitis B screening first and vaccine blunting (FDA 2013, Nazi 2013)', () => {
    const rituximab = option(adviseWithNotes(chronicDependentAdult).value, 'rituximab');
    expect(rituximab.rationale).toContain('Screen for hepatitis B (HBsAg and anti-HBc) before the first dose');
    expect(rituximab.rationale).toContain('at least 6 months');
    expect(rituximab.citations).toEqual(expect.arrayContaining(['fda-rituximab-hbv-2013', 'nazi-2013']));
  });

  it('splenectomy: vaccinate at least 2 weeks before, ICR 12–24 months in the rationale (§5)', () => {
    const splenectomy = option(adviseWithNotes(chronicDependentAdult).value, 'splenectomy');
    expect(splenectomy.rationale).toContain('at least 2 weeks before surgery');
    expect(splenectomy.rationale).toContain('the ICR advises 12–24 months');
  });

  it('a failed TPO-RA: switch agent (Khellaf) or take the next option', () => {
    const { value } = adviseWithNotes(scenarios[4]?.input);
    const tpoRa = option(value, 'tpo-ra');
    expect(tpoRa.rationale).toMatch(/^Re-check the diagnosis first.*switching to another TPO-RA is an option \(after switching, 50–80% of 46 patients responded/);
    expect(tpoRa.citations).toContain('khellaf-switching');
  });

  it('after failure of IVIG and corticosteroids every option says to re-check the diagnosis (§4.3)', () => {
    const { value } = adviseWithNotes(scenarios[4]?.input);
    for (const choice of value.options) expect(choice.rationale.startsWith('Re-check the diagnosis first')).toBe(true);
  });

  it('multi-agent rescue carries its caveats (Boruchov 2007, seed error 9)', () => {
    const rescue = option(adviseWithNotes(scenarios[6]?.input).value, 'multiagent-rescue');
    expect(rescue.rationale).toContain('71% had a rise of at least 20 ×10⁹/L to above 30 ×10⁹/L');
    expect(rescue.rationale).toContain('a small uncontrolled series');
    expect(rescue.rationale).toContain('Not in pregnancy');
  });

  it('emergency care: IV corticosteroid, IVIG, platelet transfusion, then a TPO-RA, antifibrinolytics (§4.4)', () => {
    const care = option(adviseWithNotes(scenarios[0]?.input).value, 'emergency-care');
    for (const phrase of ['IV corticosteroid with IVIG', 'platelet transfusion without delay', 'add a TPO-RA', 'Antifibrinolytics']) {
      expect(care.rationale).toContain(phrase);
    }
    expect(care.citations).toEqual(expect.arrayContaining(['icr-2019', 'spahr-rodgers-2007', 'stasi-provan-2004']));
  });

  it('emergency TPO-RA: the ICR emergency step is its first reason; the Italian Delphi stays a later, second-line reason (§2.1, §4.4, §9)', () => {
    const tpoRa = option(adviseWithNotes(scenarios[0]?.input).value, 'tpo-ra');
    expect(tpoRa.rationale).toMatch(/^In life-threatening bleeding, the ICR adds a TPO-RA when the bleeding stays life-threatening without a meaningful response to IVIG and platelet transfusion in a patient on corticosteroids\./);
    expect(tpoRa.citations[0]).toBe('icr-2019 emergencies');
    expect(tpoRa.citations).not.toContain('italian-delphi-2021');
    // Below 3 months (§9) the Delphi reason follows the ICR one.
    const early = option(adviseWithNotes({ ...scenarios[0]?.input, monthsSinceDiagnosis: 1 }).value, 'tpo-ra');
    expect(early.citations.slice(0, 2)).toEqual(['icr-2019 emergencies', 'italian-delphi-2021']);
    expect(early.rationale.indexOf('the ICR adds a TPO-RA')).toBeLessThan(early.rationale.indexOf('Italian Delphi'));
  });

  it('without life-threatening bleeding the TPO-RA carries no emergency reason', () => {
    for (const scenario of scenarios.filter((entry) => entry.urgency !== 'emergency')) {
      const tpoRa = adviseWithNotes(scenario.input).value.options.find((choice) => choice.id === 'tpo-ra');
      expect(tpoRa?.citations ?? [], scenario.source).not.toContain('icr-2019 emergencies');
    }
  });

  it('child rapid rise: no adult ASH 2011 statement; the ICR emergency and paediatric advice, said as such (§1.4, §2.1, drugs.md §8.1)', () => {
    const pulse = option(adviseWithNotes(scenarios[6]?.input).value, 'methylprednisolone-pulse');
    expect(pulse.citations).not.toContain('ash-2011');
    expect(pulse.citations).toEqual(expect.arrayContaining(['icr-2019 emergencies', 'icr-2019 children']));
    expect(pulse.rationale).toContain('The sources hold no paediatric recommendation for an IV methylprednisolone pulse');
    expect(pulse.rationale).toContain('hospital review and consideration of admission with moderate bleeding (paediatric bleeding grade 3)');
    expect(pulse.rationale).toContain('a single dose of 0.8–1 g/kg, and a second if the response is poor or bleeding continues');
    expect(pulse.rationale).not.toContain('grade 2B');
  });

  it.each([
    // ASH 2011 (§1.4): the faster-rise and IVIG-dose statements are for adults
    ['adult, count 9', { ...chronicDependentAdult, count: 9 }],
    ['pregnant adult with mucosal bleeding', scenarios[8]?.input],
  ])('adult rapid rise (%s): ASH 2011, grade 2B, in adults', (_name, input) => {
    const pulse = option(adviseWithNotes(input).value, 'methylprednisolone-pulse');
    expect(pulse.citations).toEqual(expect.arrayContaining(['icr-2019 emergencies', 'ash-2011']));
    expect(pulse.rationale).toContain('allows IVIG with corticosteroids in adults when a faster rise is needed (grade 2B), with IVIG started at 1 g/kg once');
    expect(pulse.rationale).not.toContain('paediatric');
  });

  it('pregnancy: prednisone first, from a lower start, with IVIG and/or anti-D; methylprednisolone for refractory cases (§8.2)', () => {
    const { value, codes } = adviseWithNotes(scenarios[7]?.input);
    const prednisone = option(value, 'prednisone');
    expect(prednisone.rationale).toContain('Corticosteroids and IVIG are the treatments in pregnancy (ASH 2011, grade 1C, kept in 2019)');
    expect(prednisone.rationale).toContain('lower prednisone starting doses in pregnancy (10–20 mg daily)');
    expect(prednisone.rationale).toContain('combines prednisone with IVIG and/or anti-D (anti-D only if Rh(D)-positive and not splenectomised)');
    expect(prednisone.citations).toEqual(expect.arrayContaining(['ash-2011', 'icr-2019 pregnancy']));
    expect(option(value, 'methylprednisolone-pulse').rationale).toContain('For refractory cases in pregnancy, the ICR uses high-dose methylprednisolone with IVIG and/or azathioprine');
    expect(codes).not.toContain('pregnancy-prednisone');
  });

  it('pregnancy after corticosteroid intolerance: both corticosteroids move below the next option', () => {
    const intolerant = { therapy: 'corticosteroids', outcome: 'intolerant' } as const;
    const value = adviseWithNotes({ ...scenarios[7]?.input, prior: [ivigFailed, intolerant] }).value;
    expect(value.options.map((choice) => choice.id).slice(0, 3)).toEqual(['rituximab', 'prednisone', 'methylprednisolone-pulse']);
    expect(option(value, 'prednisone').rationale).toMatch(/^Corticosteroids were not tolerated before/);
  });

  it('prednisone is offered only in pregnancy', () => {
    for (const scenario of scenarios) {
      const { value } = adviseWithNotes(scenario.input);
      expect(value.options.some((choice) => choice.id === 'prednisone'), scenario.source).toBe(scenario.input.pregnant === true);
    }
  });

  it('a pregnant woman’s deferred TPO-RA says why: only late and after other failures (ICR)', () => {
    const tpoRa = option(adviseWithNotes(scenarios[7]?.input).value, 'tpo-ra');
    expect(tpoRa.deferred).toBe(true);
    expect(tpoRa.rationale).toContain('considered only late, after other treatments have failed');
  });
});
