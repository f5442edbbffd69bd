// @vitest-environment happy-dom
// A plan the sources advise against for this patient shows no dose of it until the reader asks: not in the
// items, and not in the warnings that carry this patient's amounts (third engine audit, B6).
import { afterEach, describe, expect, it } from 'vitest';
import { planRegimen, regimenIds, type Note, type PatientInput, type RegimenPlan } from '../../engine';
import { formatItemDose } from '../../engine/format';
import { cleanup, mount } from '../shared/test-support';
import { RegimenResult } from './RegimenResult';

afterEach(cleanup);

/** Patients for whom some regimen's limits hold its dose back: no spleen, Rh(D)-negative, pregnancy, a child, the liver. */
const patients: PatientInput[] = [
  { weightKg: 70, heightCm: 170, ageYears: 40, rhD: 'positive', splenectomised: true, haemoglobinGdL: 12, pregnant: false, hepaticImpairment: false },
  { weightKg: 70, heightCm: 170, ageYears: 40, rhD: 'negative', splenectomised: false, haemoglobinGdL: 12, pregnant: false, hepaticImpairment: false },
  { weightKg: 60, heightCm: 165, ageYears: 30, rhD: 'positive', splenectomised: false, haemoglobinGdL: 7, pregnant: true },
  { weightKg: 25, heightCm: 125, ageYears: 7, rhD: 'positive', splenectomised: false, haemoglobinGdL: 12, datNegative: false },
  { weightKg: 70, heightCm: 170, ageYears: 50, pregnant: false, hepaticImpairment: true },
];

const withheld = regimenIds.flatMap((id) => patients.flatMap((patient) => {
  const result = planRegimen(id, patient);
  return result.ok && result.value.doseOnRequest === true ? [{ id, patient, plan: result.value, warnings: result.warnings }] : [];
}));

function render(plan: RegimenPlan, warnings: Note[], doseShown: boolean): string {
  const root = mount(<RegimenResult plan={plan} warnings={warnings} refs={{}} doseShown={doseShown} onToggleDose={() => undefined} />);
  return root.textContent ?? '';
}

/** A number with a dose unit after it ("3,500 mcg", "17,500 units", "120 mg"), not a rate or a haemoglobin ("mg/kg", "8 g/dL"). */
const amount = /\d[\d,.]*\s?(?:mcg|mg|g|units)(?![/\w])/;

describe('RegimenResult: a dose held back until asked', () => {
  it('covers the regimens the audit named (anti-D without a spleen or Rh(D)-negative, danazol in pregnancy)', () => {
    const ids = withheld.map((entry) => entry.id);
    expect(ids).toEqual(expect.arrayContaining(['anti-d', 'danazol-azathioprine', 'multiagent-rescue', 'rituximab-low-dose']));
    expect(withheld.length).toBeGreaterThanOrEqual(8);
  });

  it.each(withheld.map((entry) => [entry.id, JSON.stringify(entry.patient), entry] as const))(
    '%s for %s: no dose number appears before the reader asks for it',
    (_id, _patient, { plan, warnings }) => {
      const hidden = render(plan, warnings, false);
      expect(hidden).not.toMatch(amount);
      for (const item of plan.items) expect(hidden).not.toContain(formatItemDose(item));
      expect(hidden).not.toContain('Warnings');
      const asked = render(plan, warnings, true);
      for (const item of plan.items) expect(asked).toContain(formatItemDose(item));
    },
  );

  it('anti-D after a splenectomy: "3,500 mcg = 17,500 units" only once the dose is asked for', () => {
    const result = planRegimen('anti-d', patients[0]);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(render(result.value, result.warnings, false)).not.toContain('17,500 units');
    expect(render(result.value, result.warnings, true)).toContain('3,500 mcg = 17,500 units');
  });
});
