// @vitest-environment happy-dom
// The patient page's dose of an option the sources advise against shows its alerts, never a dose, until the
// reader asks (third engine audit, B6: the dose calculator's warnings carried the amounts; this page shows
// only the limit alerts, which carry none).
import { afterEach, describe, expect, it } from 'vitest';
import { planRegimen, type PatientInput, type RegimenId } from '../../engine';
import { formatItemDose } from '../../engine/format';
import { emptyCase } from '../case/case';
import { cleanup, mount, settle } from '../shared/test-support';
import { OptionDose } from './OptionDose';

afterEach(cleanup);

const amount = /\d[\d,.]*\s?(?:mcg|mg|g|units)(?![/\w])/;

describe('OptionDose: a withheld dose', () => {
  it.each([
    ['anti-d', { weightKg: 70, ageYears: 40, rhD: 'positive', splenectomised: true, haemoglobinGdL: 12 }],
    ['anti-d', { weightKg: 70, ageYears: 40, rhD: 'negative', splenectomised: false, haemoglobinGdL: 12 }],
    ['danazol-azathioprine', { weightKg: 60, ageYears: 30, pregnant: true }],
  ] as [RegimenId, PatientInput][])('%s for %j: no dose number until "Show the dose anyway"', async (regimen, patient) => {
    const result = planRegimen(regimen, patient);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const { value: plan, warnings } = result;
    expect(plan.doseOnRequest).toBe(true);
    const dose = { regimen, state: 'plan', plan, warnings, withheld: true } as const;
    const root = mount(<OptionDose dose={dose} named={false} fields={{ ...emptyCase }} refs={{}} />);
    expect(root.textContent).not.toMatch(amount);
    root.querySelector('button')?.click();
    await settle();
    for (const item of plan.items) expect(root.textContent).toContain(formatItemDose(item));
  });
});
