/**
 * What the reader is told an urgency means (urgencyMeanings), and the paediatric corticosteroid courses the
 * children's first line names, held equal to the regimen calculator's rules (drugs.md §7.2).
 */
import { describe, expect, it } from 'vitest';
import { lintText } from '../../../../scripts/lib/ismp-lint.mjs';
import { regimenRules } from '../../../../src/engine';
import { invariants, recommend, scenarios, urgencyLevels, urgencyMeaningFor, urgencyMeanings } from '../../../../src/engine/algorithm';
import { paediatricCourses } from '../../../../src/engine/algorithm/nodes/paediatric-courses';

describe('urgency in words', () => {
  it.each([
    ['emergency', 'Admit now'],
    ['urgent', 'Same-day review'],
    ['routine', 'Routine review'],
  ] as const)('%s: %s, with a meaning and a source', (urgency, action) => {
    const meaning = urgencyMeanings[urgency];
    expect(meaning.action).toBe(action);
    expect(meaning.meaning.length).toBeGreaterThan(40);
    expect(meaning.citations.length).toBeGreaterThan(0);
  });

  it('covers every urgency level and nothing else', () => {
    expect(Object.keys(urgencyMeanings).sort()).toEqual([...urgencyLevels].sort());
  });

  it('urgent names the admission threshold from the engine (ASH 2019 rec 2a)', () => {
    expect(urgencyMeanings.urgent.meaning).toContain('a count below 20 ×10⁹/L');
  });

  it('a child’s urgent is said in the children’s sources, never the adults’ admission advice; the other levels are the same for all', () => {
    for (const ageYears of [0.5, 6, 17.99]) {
      const child = urgencyMeaningFor('urgent', ageYears);
      expect(child?.citations).toEqual(['icr-2019 children', 'ash-2019 rec 10a']);
      expect(child?.meaning).not.toContain('adults');
      expect(child?.meaning).toContain('outpatient care');
    }
    for (const ageYears of [18, 45, undefined]) expect(urgencyMeaningFor('urgent', ageYears)).toBe(urgencyMeanings.urgent);
    for (const urgency of ['emergency', 'routine'] as const) expect(urgencyMeaningFor(urgency, 6)).toBe(urgencyMeanings[urgency]);
  });
});

describe('paediatric corticosteroid courses (ASH 2019, drugs.md §7.2)', () => {
  const child = { ageGroup: 'child' } as const;

  it('prednisone 2–4 mg/kg daily, at most 120 mg, 5–7 days, as the dose calculator applies it', () => {
    const rules = regimenRules('prednisone', child);
    const dose = rules.ok ? rules.value.items[0]?.dose : undefined;
    expect(dose).toMatchObject({ basis: 'weight', perKg: paediatricCourses.prednisone.perKg, perKgMax: paediatricCourses.prednisone.perKgMax, cap: { amount: paediatricCourses.prednisone.capMg } });
    expect(rules.ok && rules.value.items[0]?.schedule).toBe(`daily for ${paediatricCourses.prednisone.daysMin}–${paediatricCourses.prednisone.daysMax} days`);
  });

  it('dexamethasone 0.6 mg/kg daily, at most 40 mg, 4 days, as the dose calculator applies it', () => {
    const rules = regimenRules('dexamethasone-high-dose', child);
    const dose = rules.ok ? rules.value.items[0]?.dose : undefined;
    expect(dose).toMatchObject({ basis: 'weight', perKg: paediatricCourses.dexamethasone.perKg, cap: { amount: paediatricCourses.dexamethasone.capMg } });
    expect(rules.ok && rules.value.items[0]?.schedule).toBe(`daily for ${paediatricCourses.dexamethasone.days} days`);
  });
});

describe('everything the verification data and the advice say passes the ISMP lint', () => {
  it('scenario advice (every rationale and note), invariant statements and urgency meanings', () => {
    const texts: string[] = [
      ...invariants.map((entry) => entry.statement),
      ...[...Object.values(urgencyMeanings), urgencyMeaningFor('urgent', 6)].flatMap((entry) => (entry === undefined ? [] : [entry.action, entry.meaning])),
    ];
    for (const scenario of scenarios) {
      const result = recommend(scenario.input);
      if (result.ok) texts.push(...result.value.options.map((entry) => entry.rationale), ...result.warnings.map((note) => note.message));
    }
    expect(texts.flatMap((text) => lintText(text))).toEqual([]);
  });
});
