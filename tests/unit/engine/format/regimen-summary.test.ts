import { describe, expect, it } from 'vitest';
import { formatItemDose, regimenSummaryText } from '../../../../src/engine/format/regimen-summary';
import { planRegimen, regimenIds } from '../../../../src/engine/regimens';

function summary(id: (typeof regimenIds)[number], patient: Record<string, unknown>): string {
  const result = planRegimen(id, patient);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return regimenSummaryText(result.value, result.warnings);
}

describe('regimenSummaryText', () => {
  it('writes the sources as given by a page, and as their keys when what is given is not a function', () => {
    const result = planRegimen('prednisone', { weightKg: 70, ageYears: 40 });
    if (!result.ok) throw new Error('expected a plan');
    const labelled = regimenSummaryText(result.value, result.warnings, (key) => `<${key}>`);
    expect(labelled).toMatch(/References: <[^>]+>/);
    expect(regimenSummaryText(result.value, result.warnings, 'labels' as never)).toBe(regimenSummaryText(result.value, result.warnings));
  });

  it('gives plain text for a clinical note: doses, working, warnings and references (drugs.md W75)', () => {
    expect(summary('methylprednisolone-pulse', { weightKg: 80, heightCm: 180, ageYears: 52.5 })).toBe([
      'Methylprednisolone pulse',
      'Patient: adult, 52.5 years, 80 kg, 180 cm, BSA 2 m² (Mosteller)',
      '- methylprednisolone 1,000 mg per day, IV infusion; once daily for 3 days',
      '  Working: 30 mg/kg × 80 kg = 2,400 mg, capped at 1,000 mg (standard practice; not stated in the ITP sources) [boruchov-2007; stasi-provan-2004]',
      '  Capped at 1,000 mg (standard practice; not stated in the ITP sources): the rate alone gives 2,400 mg.',
      'Warnings:',
      '- The 3-day course is the sources’ usual one: the adult emergency regimen below, and the reported paediatric regimen, which starts with 30 mg/kg a day for 3 days (then 20 mg/kg a day for 4 days, oral). Boruchov 2007 gives one 30 mg/kg dose within its combination. [boruchov-2007]',
      '- Methylprednisolone is capped at 1 g a day: standard practice, but not stated in the ITP sources read (Boruchov 2007 gives 30 mg/kg without a cap). Above 33.3 kg the cap gives the adult emergency dose, 1 g daily. [boruchov-2007]',
      '- For life-threatening bleeding in adults, a secondary summary of Stasi & Provan gives methylprednisolone 1 g IV daily for 3 days. [stasi-provan-2004]',
      'References: boruchov-2007, stasi-provan-2004',
      'Computed by ITP Pathway from the cited sources: check each dose against the product label and local protocol before prescribing.',
    ].join('\n'));
  });

  it('shows anti-D in mcg and units, daily totals as such, DuBois, missing age, notes without a citation', () => {
    const antiD = summary('anti-d', { weightKg: 70, ageYears: 40, rhD: 'positive', splenectomised: false, haemoglobinGdL: 12.5, heightCm: 170, bsaFormula: 'dubois' });
    expect(antiD).toContain('3,500 mcg (17,500 units), IV injection over 3–5 minutes');
    expect(antiD).toContain('BSA 1.81 m² (DuBois)');
    const maintenance = summary('danazol-azathioprine', { weightKg: 60 });
    expect(maintenance).toContain('Patient: age not given, 60 kg\n');
    expect(maintenance).toContain('- danazol 600–800 mg per day, oral;');
    expect(maintenance).toContain('- Danazol: check liver tests and watch for virilisation.\n');
  });

  it('puts the limits for this patient before any dose: danazol in pregnancy leads with its contraindication, and no dose follows', () => {
    const text = summary('danazol-azathioprine', { weightKg: 60, ageYears: 30, pregnant: true });
    const lines = text.split('\n');
    const limits = lines.indexOf('Before any dose:');
    expect(limits).toBe(2);
    expect(lines[limits + 1]).toMatch(/^- .*danazol.*pregnan/i);
    expect(lines.findIndex((line) => line.startsWith('- danazol '))).toBe(-1);
  });

  it('a caution (not a contraindication) keeps the dose after the limits: anti-D for a child with a haemoglobin of 8.5', () => {
    const text = summary('anti-d', { weightKg: 20, ageYears: 8, rhD: 'positive', splenectomised: false, haemoglobinGdL: 8.5, datNegative: true });
    const lines = text.split('\n');
    expect(lines.indexOf('Before any dose:')).toBe(2);
    expect(lines.findIndex((line) => / mcg .*units/.test(line) && line.startsWith('- '))).toBeGreaterThan(3);
    expect(text).not.toContain('No dose is written here');
  });

  it('leaves out the warnings heading when there are none, and carries no timestamp', () => {
    const result = planRegimen('ivig', { weightKg: 70, ageYears: 8 });
    if (!result.ok) throw new Error('plan failed');
    const text = regimenSummaryText(result.value);
    expect(text).not.toContain('Warnings:');
    expect(text).toContain('Patient: child, 8 years, 70 kg\n');
    // Never "18 years" for a child.
    expect(regimenSummaryText({ ...result.value, basis: { ...result.value.basis, ageYears: 17.99 } })).toContain('Patient: child, 17.99 years');
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}|\d{1,2}:\d{2}/);
    expect(regimenSummaryText(result.value)).toBe(text);
  });

  it.each(regimenIds)('%s: every dose in the text is ISMP-safe', (id) => {
    const text = summary(id, { weightKg: 70, heightCm: 170, ageYears: 40, rhD: 'positive', splenectomised: false, haemoglobinGdL: 12.5 });
    expect(text).not.toMatch(/\d\.\d*0 (mg|g|mcg|units|mL)\b/);
    expect(text).not.toMatch(/(^|[\s(])\.\d/);
    expect(text).not.toMatch(/µg|\bIU\b|\bQD\b|\d{4,} (mg|mcg|units)/);
  });

  it('formats one item’s dose with units and per-day totals', () => {
    const result = planRegimen('prednisone', { weightKg: 95, ageYears: 40 });
    expect(result.ok && formatItemDose(result.value.items[0])).toBe('80 mg per day');
  });
});

describe('regimenSummaryText: a dose the sources advise against is never pasted (drugs.md W72, W73)', () => {
  it.each([
    ['anti-d', { weightKg: 70, ageYears: 30, rhD: 'negative', splenectomised: false, haemoglobinGdL: 12 }],
    ['anti-d', { weightKg: 70, ageYears: 30, rhD: 'positive', splenectomised: true, haemoglobinGdL: 12 }],
    ['multiagent-rescue', { weightKg: 60, ageYears: 30, pregnant: true, rhD: 'positive', splenectomised: false, haemoglobinGdL: 12, datNegative: true }],
  ] as const)('%s for %j: limits first, then no dose', (regimen, patient) => {
    const result = planRegimen(regimen, patient);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.value.doseOnRequest).toBe(true);
    const text = regimenSummaryText(result.value, result.warnings);
    expect(text).toContain('Before any dose:');
    expect(text).toContain('No dose is written here');
    expect(text).not.toMatch(/\d (mcg|mg|g)\b.*(IV|intravenous|subcutaneous)/i);
  });
});
