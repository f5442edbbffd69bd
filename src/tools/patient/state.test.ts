// The "Your patient" summary: the walker's answer for the case with a dose for this patient per option.
import { describe, expect, it } from 'vitest';
import { allParts, allRegimens, recommend } from '../../engine';
import { emptyCase, type CaseFields } from '../case/case';
import { caseValues } from '../case/case-values';
import { loadedNothing } from '../shared/on-choice';
import { emptyWalker, walkOutcome } from '../walker/state';
import { doseSources, regimensFor } from './doses';
import { patientSummary, type PatientSummary } from './state';

const summary = (c: Partial<CaseFields>, regimens = loadedNothing(allRegimens)): PatientSummary => {
  const fields = { ...emptyCase, ...c };
  const values = caseValues(fields);
  return patientSummary(walkOutcome(fields, values, emptyWalker, loadedNothing(allParts)), fields, values, regimens);
};

/** Case 1 of issue #19: an adult, count 8, gum bleeding, IVIG failed, no corticosteroids yet. */
const caseOne: Partial<CaseFields> = {
  age: '45', weight: '70', count: '8', bleeding: 'mucosal', months: '1', prior: [{ therapy: 'ivig', outcome: 'no-response' }],
};

describe('patientSummary', () => {
  it('says what to do and doses each corticosteroid option for this patient (case 1)', () => {
    const result = summary(caseOne);
    if (result.state !== 'walked') throw new Error(`expected an answer, got ${result.state}`);
    expect(result.urgency).toBe('urgent');
    expect(result.options.map((option) => option.option.id)).toEqual(['methylprednisolone-pulse', 'dexamethasone-high-dose', 'prednisone']);
    const dexamethasone = result.options[1];
    expect(dexamethasone?.doses).toMatchObject([{ state: 'plan', withheld: false, plan: { id: 'dexamethasone-high-dose', items: [{ drug: 'dexamethasone' }] } }]);
  });

  it('shows the options recommend() ranks first, valid now, at most three', () => {
    const engine = recommend({ ageYears: 45, count: 8, bleeding: 'mucosal', monthsSinceDiagnosis: 1, prior: caseOne.prior });
    const result = summary(caseOne);
    if (!engine.ok || result.state !== 'walked') throw new Error('expected an answer');
    const now = engine.value.options.filter((option) => option.deferred !== true).slice(0, 3).map((option) => option.id);
    expect(result.options.map((option) => option.option.id)).toEqual(now);
  });

  it('says the dose is on its way while its regimen loads, and asks for the weight it needs', () => {
    const firstDose = (result: PatientSummary) => (result.state === 'walked' ? result.options[0]?.doses[0] : undefined);
    expect(firstDose(summary(caseOne, loadedNothing()))).toEqual({ regimen: 'methylprednisolone-pulse', state: 'loading' });
    expect(firstDose(summary({ ...caseOne, weight: '' }))).toMatchObject({ state: 'problems', problems: [{ field: 'case.weight' }] });
  });

  it('withholds a dose the sources do not give for this patient, its alert first (low-dose rituximab, a child)', () => {
    const child: Partial<CaseFields> = {
      age: '8', weight: '30', height: '130', count: '8', bleeding: 'mucosal', months: '14',
      prior: [{ therapy: 'ivig', outcome: 'no-response' }, { therapy: 'corticosteroids', outcome: 'no-response' }],
    };
    const result = summary(child);
    if (result.state !== 'walked') throw new Error('expected an answer');
    const doses = result.options.find((option) => option.option.id === 'rituximab')?.doses ?? [];
    const low = doses.find((dose) => dose.regimen === 'rituximab-low-dose');
    expect(low).toMatchObject({ state: 'plan', withheld: true });
    expect(low?.state === 'plan' && low.warnings[0]?.limit).toBe('no-data');
  });

  it('is the walk’s own state until the case is answered', () => {
    expect(summary({})).toEqual({ state: 'idle' });
    expect(summary({ age: '45' })).toMatchObject({ state: 'problems' });
  });
});

describe('doseSources', () => {
  it('maps every regimen option to regimens the planner knows, once each, in order', () => {
    expect(regimensFor(['rituximab', 'dexamethasone-high-dose', 'rituximab', 'tpo-ra'])).toEqual(['rituximab-standard', 'rituximab-low-dose', 'dexamethasone-high-dose']);
    for (const source of Object.values(doseSources)) {
      if (source.kind === 'regimens') for (const id of source.regimens) expect(allRegimens[id]).toBeDefined();
    }
  });
});
