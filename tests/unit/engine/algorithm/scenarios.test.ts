/**
 * The named clinical scenarios (src/engine/algorithm/verification/scenarios): each written from the sources,
 * each run here against recommend() — urgency, every option in order, and which ones wait. Below them, what
 * the rationales tell the clinician for a few of them.
 */
import { describe, expect, it } from 'vitest';
import type { Note } from '../../../../src/engine';
import { recommend, scenarios, type CaseInput, type Scenario } from '../../../../src/engine/algorithm';
import { adviseWithNotes, chronicDependentAdult, option } from './helpers';

const byId = (id: string): CaseInput => {
  const found = scenarios.find((entry) => entry.id === id);
  if (!found) throw new Error(`no scenario ${id}`);
  return found.input;
};
const recommendWarnings = (input: CaseInput): Note[] => {
  const result = recommend(input);
  return result.ok ? result.warnings : [];
};

const expectedList = (scenario: Scenario): string[] =>
  scenario.expected.options.map((entry) => (typeof entry === 'string' ? entry : `${entry.id} (deferred)`));

describe('named clinical scenarios', () => {
  it('number at least 60, with unique ids, each with a source', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(60);
    expect(new Set(scenarios.map((entry) => entry.id)).size).toBe(scenarios.length);
    for (const entry of scenarios) expect(entry.sources.length, entry.id).toBeGreaterThan(0);
  });

  it.each(scenarios.map((entry) => [entry.name, entry] as const))('%s', (_name, scenario) => {
    const { value } = adviseWithNotes(scenario.input);
    expect(value.urgency).toBe(scenario.expected.urgency);
    expect(value.options.map((entry) => (entry.deferred === true ? `${entry.id} (deferred)` : entry.id))).toEqual(expectedList(scenario));
  });
});

describe('what the rationales tell the clinician', () => {
  it('IVIG failure is not corticosteroid failure: dexamethasone or prednisone for at most 6 weeks (ASH 2019 recs 3–4)', () => {
    const { value } = adviseWithNotes(byId('adult-new-ivig-only-25'));
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
    const { value } = adviseWithNotes(byId('after-tpo-ra'));
    const tpoRa = option(value, 'tpo-ra');
    expect(tpoRa.rationale).toMatch(/^Re-check the diagnosis first.*switching to another TPO-RA is an option \(after switching, 50–80% of 46 patients responded/);
    expect(tpoRa.citations).toContain('khellaf-switching');
  });

  it('after failure of IVIG and corticosteroids every option says to re-check the diagnosis (§4.3)', () => {
    const { value } = adviseWithNotes(byId('after-tpo-ra'));
    for (const choice of value.options) expect(choice.rationale.startsWith('Re-check the diagnosis first')).toBe(true);
  });

  it('multi-agent rescue carries its caveats (Boruchov 2007, seed error 9)', () => {
    const rescue = option(adviseWithNotes(byId('child-10-mucosal-steroids-failed')).value, 'multiagent-rescue');
    expect(rescue.rationale).toContain('71% had a rise of at least 20 ×10⁹/L to above 30 ×10⁹/L');
    expect(rescue.rationale).toContain('a small uncontrolled series');
    expect(rescue.rationale).toContain('Not in pregnancy');
  });

  it('emergency care: IV corticosteroid, IVIG, platelet transfusion, then a TPO-RA, antifibrinolytics (§4.4)', () => {
    const care = option(adviseWithNotes(byId('emergency-chronic-dependent')).value, 'emergency-care');
    for (const phrase of ['IV corticosteroid with IVIG', 'platelet transfusion without delay', 'add a TPO-RA', 'Antifibrinolytics']) {
      expect(care.rationale).toContain(phrase);
    }
    expect(care.citations).toEqual(expect.arrayContaining(['icr-2019', 'spahr-rodgers-2007', 'stasi-provan-2004']));
  });

  it('emergency TPO-RA: the ICR emergency step is its first reason; the Italian Delphi stays a later, second-line reason (§2.1, §4.4, §9)', () => {
    // Pregnancy stated as "no", so no pregnancy caution comes before the reasons (option-rules.ts).
    const notPregnant = { ...byId('emergency-chronic-dependent'), pregnant: false };
    const tpoRa = option(adviseWithNotes(notPregnant).value, 'tpo-ra');
    expect(tpoRa.rationale).toMatch(/^In life-threatening bleeding, the ICR adds a TPO-RA when the bleeding stays life-threatening without a meaningful response to IVIG and platelet transfusion in a patient on corticosteroids\./);
    expect(tpoRa.citations[0]).toBe('icr-2019 emergencies');
    expect(tpoRa.citations).not.toContain('italian-delphi-2021');
    // Below 3 months (§9) the Delphi reason follows the ICR one.
    const early = option(adviseWithNotes({ ...notPregnant, monthsSinceDiagnosis: 1 }).value, 'tpo-ra');
    expect(early.citations.slice(0, 2)).toEqual(['icr-2019 emergencies', 'italian-delphi-2021']);
    expect(early.rationale.indexOf('the ICR adds a TPO-RA')).toBeLessThan(early.rationale.indexOf('Italian Delphi'));
  });

  it('without life-threatening bleeding the TPO-RA carries no emergency reason', () => {
    for (const scenario of scenarios.filter((entry) => entry.expected.urgency !== 'emergency')) {
      const tpoRa = adviseWithNotes(scenario.input).value.options.find((choice) => choice.id === 'tpo-ra');
      expect(tpoRa?.citations ?? [], scenario.id).not.toContain('icr-2019 emergencies');
    }
  });

  it('child rapid rise: no adult ASH 2011 statement; the ICR emergency and paediatric advice, said as such (§1.4, §2.1, drugs.md §8.1)', () => {
    const pulse = option(adviseWithNotes(byId('child-10-mucosal-steroids-failed')).value, 'methylprednisolone-pulse');
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
    ['pregnant adult with mucosal bleeding', byId('pregnancy-30w-mucosal-very-severe')],
  ])('adult rapid rise (%s): ASH 2011, grade 2B, in adults', (_name, input) => {
    const pulse = option(adviseWithNotes(input).value, 'methylprednisolone-pulse');
    expect(pulse.citations).toEqual(expect.arrayContaining(['icr-2019 emergencies', 'ash-2011']));
    expect(pulse.rationale).toContain('allows IVIG with corticosteroids in adults when a faster rise is needed (grade 2B), with IVIG started at 1 g/kg once');
    expect(pulse.rationale).not.toContain('paediatric');
  });

  it('pregnancy: prednisone first, from a lower start, with IVIG and/or anti-D; methylprednisolone for refractory cases (§8.2)', () => {
    const { value, codes } = adviseWithNotes(byId('pregnancy-32w-ivig-failed'));
    const prednisone = option(value, 'prednisone');
    expect(prednisone.rationale).toContain('Corticosteroids and IVIG are the treatments in pregnancy (ASH 2011, grade 1C, kept in 2019)');
    expect(prednisone.rationale).toContain('lower prednisone starting doses in pregnancy (10–20 mg daily)');
    expect(prednisone.rationale).toContain('combines prednisone with IVIG and/or anti-D (anti-D only if Rh(D)-positive and not splenectomised)');
    expect(prednisone.citations).toEqual(expect.arrayContaining(['ash-2011', 'icr-2019 pregnancy']));
    expect(option(value, 'methylprednisolone-pulse').rationale).toContain('For refractory cases in pregnancy, the ICR uses high-dose methylprednisolone with IVIG and/or azathioprine');
    expect(codes).not.toContain('pregnancy-prednisone');
  });

  it('pregnancy after corticosteroid intolerance: prednisone returns, moved down, saying why', () => {
    const value = adviseWithNotes(byId('pregnancy-steroid-intolerant-20w')).value;
    expect(option(value, 'prednisone').repeatReason).toContain('Corticosteroids were not tolerated before');
    expect(option(value, 'prednisone').rationale).toMatch(/^Why prednisone again: corticosteroids alone did not work or could not be continued/);
  });

  it('pregnancy after prednisone failed: prednisone returns first only as the ICR combination with IVIG, and says so (§8.2)', () => {
    const first = adviseWithNotes(byId('pregnancy-30w-steroids-and-ivig-failed')).value.options[0];
    expect(first?.id).toBe('prednisone');
    expect(first?.repeatReason).toBe('Why prednisone again: corticosteroids alone did not work or could not be continued, and after single agents fail the ICR combines prednisone with IVIG and/or anti-D. It returns as part of that combination, not as the same course again.');
  });

  it('a pregnant woman’s deferred TPO-RA says why and when: from 28 weeks, after corticosteroids and IVIG (ICR; our reading)', () => {
    const tpoRa = option(adviseWithNotes(byId('pregnancy-32w-ivig-failed')).value, 'tpo-ra');
    expect(tpoRa.deferred).toBe(true);
    expect(tpoRa.rationale).toMatch(/^Deferred: in pregnancy the ICR considers a TPO-RA only late, after other treatments have failed, on limited data\. This site reads that as from 28 weeks \(the third trimester\), once corticosteroids and IVIG or anti-D have failed\./);
  });

  it('pregnancy: rituximab waits unless very severe, and says what very severe means here (§8.2; our reading)', () => {
    expect(option(adviseWithNotes(byId('pregnancy-32w-ivig-failed')).value, 'rituximab').rationale)
      .toContain('This site reads very severe as no response to corticosteroids and to IVIG or anti-D, with mucosal or worse bleeding or a count below 10 ×10⁹/L.');
    expect(option(adviseWithNotes(byId('pregnancy-30w-mucosal-very-severe')).value, 'rituximab').deferred).toBeUndefined();
  });

  it('pregnancy: the delivery targets are stated when delivery is planned, late or the gestation unknown, not at 20 weeks (§8.2)', () => {
    const message = 'For delivery: a count of at least 50 ×10⁹/L for caesarean section and at least 70 ×10⁹/L for neuraxial (epidural or spinal) anaesthesia';
    for (const id of ['pregnancy-32w-ivig-failed', 'pregnancy-delivery-planned-60', 'pregnancy-gestation-unknown-very-severe']) {
      const result = recommendWarnings(byId(id));
      expect(result.some((note) => note.message.startsWith(message)), id).toBe(true);
    }
    expect(recommendWarnings(byId('pregnancy-20w-count-35')).some((note) => note.code === 'pregnancy-delivery-targets')).toBe(false);
  });

  it('children: the corticosteroid course carries the paediatric doses, prednisone first (ASH 2019; drugs.md §7.2)', () => {
    const value = adviseWithNotes(byId('child-7-wet-purpura-ivig-failed')).value;
    expect(option(value, 'prednisone').rationale).toContain('suggests prednisone 2–4 mg/kg daily (at most 120 mg daily) for 5–7 days over dexamethasone 0.6 mg/kg daily (at most 40 mg daily) for 4 days');
    expect(option(value, 'prednisone').rationale).toContain('IVIG failure is not corticosteroid failure');
    expect(option(value, 'dexamethasone-high-dose').rationale).not.toContain('dexamethasone 40 mg');
  });

  it('a corticosteroid-dependent adult with a count of 35 is told why second line comes whatever the count (recs 6–9)', () => {
    const { codes } = adviseWithNotes(byId('adult-dependent-24m-35'));
    expect(codes).toContain('second-line-whatever-count');
  });
});
