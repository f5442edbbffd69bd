// @vitest-environment happy-dom
// The tools as a reader uses them: the case typed once, the engine's numbers on screen, keyboard entry
// of count rows, the walked path lit on the diagram.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CasePanel } from './case/CasePanel';
import { CountField, WeightField } from './case/field-views';
import { MonthsField, PriorField } from './case/history-fields';
import { DoseView } from './dose/DoseView';
import { ResponseAssessor } from './response/ResponseAssessor';
import { UrlNotices } from './shared/ui/UrlNotices';
import { AlgorithmWalker } from './walker/AlgorithmWalker';
import { lightPath } from './walker/light-path';
import { allParts, allRegimens, formatAmount, formatItemDose, planRegimen, recommend } from '../engine';
import { $case, emptyCase } from './case/case';
import { doseHints } from './dose/hints';
import { $dose, $regimenRules, emptyDose } from './dose/state';
import { loadedNothing } from './shared/on-choice';
import { $response, emptyResponse } from './response/state';
import { $urlNotices } from './shared/url-state';
import { $partRules, $walker, emptyWalker } from './walker/state';
import { byId, choose, cleanup, mount, press, settle, type } from './shared/test-support';
import { $caseValues } from './case/case-values';

const refs = { 'ash-2019': 'ASH 2019', 'iwg-2009': 'IWG 2009' };

beforeEach(() => {
  window.history.replaceState(null, '', '/tools/');
  $case.set({ ...emptyCase });
  $dose.set({ ...emptyDose });
  // As on a page whose regimens' scripts have run (in the browser each regimen loads on choice).
  $regimenRules.set(loadedNothing(allRegimens));
  $response.set({ ...emptyResponse });
  $walker.set({ ...emptyWalker });
  $partRules.set(loadedNothing(allParts));
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('CasePanel', () => {
  it('shows only the fields asked for, under an h2', async () => {
    const views = { weight: WeightField, count: CountField, prior: PriorField };
    const root = mount(<CasePanel fields={['weight', 'count']} views={views} values={$caseValues} />);
    await settle();
    expect(root.querySelector('h2')?.textContent).toBe('The patient');
    expect([...root.querySelectorAll('label')].map((l) => l.textContent)).toEqual(['Weight', 'Platelet count']);
    expect(root.querySelector('#case-age')).toBeNull();
    expect(root.querySelector('#case-prior')).toBeNull();
  });

  it('says which platelet unit it assumed, and flags a count typed in the wrong unit', async () => {
    const root = mount(<CasePanel fields={['count']} views={{ count: CountField }} values={$caseValues} />);
    await choose(byId<HTMLSelectElement>(root, 'case-count-unit'), '/uL');
    await type(byId<HTMLInputElement>(root, 'case-count'), '20000');
    expect(byId(root, 'case-count-notes').textContent).toBe('Read as 20,000 /µL = 20 ×10⁹/L.');
    await choose(byId<HTMLSelectElement>(root, 'case-count-unit'), 'x10^9/L');
    expect(byId(root, 'case-count-error').textContent).toMatch(/µL/);
  });

  it('fills the months from a diagnosis date, counted to today on the reader’s device', async () => {
    vi.useFakeTimers({ now: new Date(2026, 10, 24, 12), toFake: ['Date'] });
    const root = mount(<CasePanel fields={['months']} views={{ months: MonthsField }} values={$caseValues} />);
    const date = byId<HTMLInputElement>(root, 'case-months-date');
    date.value = '2026-01-15';
    await choose(date);
    expect($case.get().months).toBe('10.3');
    expect(byId(root, 'case-months-date-note').textContent).toBe('10.3 months from 2026-01-15 to today (2026-11-24).');
    date.value = '2026-12-01';
    await choose(date);
    expect(byId(root, 'case-months-date-error').textContent).toBe('The diagnosis date cannot be after the date today.');
  });

  it('counts a chosen earlier treatment without an Add press, and says when a row is half chosen (issue #17)', async () => {
    const root = mount(<CasePanel fields={['prior']} views={{ prior: PriorField }} values={$caseValues} />);
    await settle();
    // No "Add" button to press: the only button is the panel's link to the case.
    expect([...root.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['Copy link to this case']);
    await choose(byId<HTMLSelectElement>(root, 'case-prior-therapy-0'), 'corticosteroids');
    expect(byId(root, 'case-prior-error').textContent).toMatch(/^Earlier treatment 1 has a treatment or an outcome but not both/);
    await choose(byId<HTMLSelectElement>(root, 'case-prior-outcome-0'), 'no-response');
    expect($case.get().prior).toEqual([{ therapy: 'corticosteroids', outcome: 'no-response' }]);
    expect(root.querySelector('#case-prior-error')).toBeNull();
    // The next row is already there, empty: choosing in it adds the next treatment.
    await choose(byId<HTMLSelectElement>(root, 'case-prior-therapy-1'), 'ivig');
    await choose(byId<HTMLSelectElement>(root, 'case-prior-outcome-1'), 'no-response');
    expect($case.get().prior).toHaveLength(2);
    root.querySelector<HTMLButtonElement>('button[aria-label="Remove Corticosteroids (treatment 1)"]')?.click();
    await settle();
    expect($case.get().prior).toEqual([{ therapy: 'ivig', outcome: 'no-response' }]);
  });
});

describe('DoseView', () => {
  it('shows the engine’s dose for the case, with its working and body-surface area (rituximab, 70 kg, 170 cm)', async () => {
    const root = mount(<DoseView refs={refs} hints={doseHints()} />);
    await type(byId<HTMLInputElement>(root, 'case-weight'), '70');
    await type(byId<HTMLInputElement>(root, 'case-height'), '170');
    await choose(byId<HTMLSelectElement>(root, 'dose-regimen'), 'rituximab-standard');
    const engine = planRegimen('rituximab-standard', { weightKg: 70, heightCm: 170 });
    if (!engine.ok || engine.value.items[0] === undefined) throw new Error('engine failed');
    const result = root.querySelector('[role="status"][aria-label="Dose"]');
    expect(result?.querySelector('.dose')?.textContent).toBe(formatItemDose(engine.value.items[0]));
    expect(result?.textContent).toContain(formatAmount(engine.value.basis.bsa?.m2 ?? Number.NaN, 'm²'));
    expect(result?.textContent).toContain(engine.value.items[0].working);
  });

  it('lists what is missing, linked to its field, and shows no dose', async () => {
    const root = mount(<DoseView refs={refs} hints={doseHints()} />);
    await choose(byId<HTMLSelectElement>(root, 'dose-regimen'), 'rituximab-standard');
    const links = [...root.querySelectorAll('.problems a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(['#case-weight', '#case-height']);
    expect(root.querySelector('.dose')).toBeNull();
  });
});

// Issue #18: a regimen the sources advise against for this patient leads with why; its dose waits to be asked for.
describe('DoseView: limits first, the dose on request', () => {
  const result = (root: HTMLElement) => root.querySelector('[role="status"][aria-label="Dose"]');
  const showButton = (root: HTMLElement) => [...root.querySelectorAll('button')].find((b) => b.textContent === 'Show the dose anyway');

  async function pregnantOn(regimen: string): Promise<HTMLElement> {
    const root = mount(<DoseView refs={refs} hints={doseHints()} />);
    await type(byId<HTMLInputElement>(root, 'case-age'), '30');
    await type(byId<HTMLInputElement>(root, 'case-weight'), '60');
    await choose(byId<HTMLInputElement>(root, 'case-pregnant-0'));
    await choose(byId<HTMLSelectElement>(root, 'dose-regimen'), regimen);
    return root;
  }

  it('danazol in pregnancy: the contraindication first, no dose and no copy until asked', async () => {
    const root = await pregnantOn('danazol-azathioprine');
    const first = result(root)?.querySelector('.limit');
    expect(first?.className).toContain('limit--contraindicated');
    expect(first?.textContent).toMatch(/^Contraindicated for this patientContraindicated in pregnancy: danazol/);
    expect(result(root)?.querySelector('.dose')).toBeNull();
    expect([...root.querySelectorAll('button')].some((b) => b.textContent === 'Copy as text')).toBe(false);
    showButton(root)?.click();
    await settle();
    expect(byId(root, 'dose-items').querySelectorAll('.dose')).toHaveLength(2);
    expect([...root.querySelectorAll('button')].find((b) => b.textContent === 'Hide the dose')?.getAttribute('aria-expanded')).toBe('true');
  });

  it('asks again for each regimen: the answer is not remembered across regimens', async () => {
    const root = await pregnantOn('danazol-azathioprine');
    showButton(root)?.click();
    await settle();
    await choose(byId<HTMLSelectElement>(root, 'dose-regimen'), 'multiagent-rescue');
    expect(result(root)?.querySelector('.dose')).toBeNull();
    await choose(byId<HTMLSelectElement>(root, 'dose-regimen'), 'danazol-azathioprine');
    expect(result(root)?.querySelector('.dose')).toBeNull();
    expect(showButton(root)?.getAttribute('aria-expanded')).toBe('false');
  });

  it('a regimen without a limit that blocks shows its dose at once (IVIG in pregnancy)', async () => {
    const root = await pregnantOn('ivig');
    expect(showButton(root)).toBeUndefined();
    expect(result(root)?.querySelectorAll('.dose').length).toBeGreaterThan(0);
  });

  it('shows the weight confirmation only when the engine blocks the weight, and the dose once confirmed', async () => {
    const root = mount(<DoseView refs={refs} hints={doseHints()} />);
    await type(byId<HTMLInputElement>(root, 'case-age'), '45');
    await type(byId<HTMLInputElement>(root, 'case-height'), '170');
    await type(byId<HTMLInputElement>(root, 'case-weight'), '70');
    await choose(byId<HTMLSelectElement>(root, 'dose-regimen'), 'rituximab-standard');
    expect(root.querySelector('#case-weightConfirmed')).toBeNull();
    await type(byId<HTMLInputElement>(root, 'case-weight'), '2');
    expect(byId(root, 'case-weight-error').textContent).toMatch(/^2 kg is not a plausible weight for a 45-year-old/);
    expect(result(root)?.querySelector('.dose')).toBeNull();
    await choose(byId<HTMLInputElement>(root, 'case-weightConfirmed'));
    expect(result(root)?.querySelector('.dose')?.textContent).toMatch(/mg$/);
    expect(byId<HTMLInputElement>(root, 'case-weightConfirmed').checked).toBe(true);
  });
});

describe('ResponseAssessor', () => {
  it('moves to the next row’s day on Enter in a count', async () => {
    const root = mount(<ResponseAssessor refs={refs} />);
    await settle();
    await type(byId<HTMLInputElement>(root, 'response-day-0'), '7');
    await type(byId<HTMLInputElement>(root, 'response-count-0'), '120');
    await press(byId(root, 'response-count-0'), 'Enter');
    expect(document.activeElement).toBe(byId(root, 'response-day-1'));
    await type(byId<HTMLInputElement>(root, 'response-day-1'), '14');
    await type(byId<HTMLInputElement>(root, 'response-count-1'), '130');
    await type(byId<HTMLInputElement>(root, 'response-baseline'), '10');
    await choose(byId<HTMLInputElement>(root, 'response-bleeding-1'));
    expect(root.querySelector('.response-category')?.textContent).toBe('Complete response (CR)');
  });
});

describe('AlgorithmWalker', () => {
  it('lights the walked path on the page’s diagram and says it in words', async () => {
    const diagram = document.createElement('div');
    diagram.innerHTML = '<svg><g class="node" data-id="case-start"></g><g class="node" data-id="elsewhere"></g>'
      + '<polyline class="edge" data-from="case-start" data-to="bleeding-life-threatening"></polyline></svg>';
    document.body.append(diagram);
    $case.set({ ...emptyCase, age: '45', count: '25', bleeding: 'none', months: '14', prior: [{ therapy: 'ivig', outcome: 'no-response' }] });
    const root = mount(<AlgorithmWalker refs={refs} labels={{ 'case-start': 'ITP, low count after IVIG' }} />);
    await settle();
    const engine = recommend({ ageYears: 45, count: 25, bleeding: 'none', monthsSinceDiagnosis: 14, prior: [{ therapy: 'ivig', outcome: 'no-response' }] });
    if (!engine.ok) throw new Error('engine failed');
    expect(diagram.querySelector('[data-id="case-start"]')?.classList.contains('is-on-path')).toBe(true);
    expect(diagram.querySelector('[data-id="elsewhere"]')?.classList.contains('is-on-path')).toBe(false);
    expect(diagram.querySelector('polyline')?.classList.contains('is-on-path')).toBe(true);
    expect(root.querySelectorAll('.path-text li')).toHaveLength(engine.value.path.length);
    expect(root.querySelector('.path-text li')?.textContent).toBe('ITP, low count after IVIG');
    expect([...root.querySelectorAll('.options > li > strong')].map((s) => s.textContent)).toEqual(engine.value.options.map((o) => o.label));
  });

  it('clears what was lit before', () => {
    document.body.innerHTML = '<svg><g class="node is-on-path" data-id="old"></g></svg>';
    lightPath([]);
    expect(document.querySelector('.is-on-path')).toBeNull();
  });
});

describe('UrlNotices', () => {
  it('shows the link’s rejected values once, however many views render it', async () => {
    $urlNotices.set(['“wtu=stone” is not one of kg, lb; the default was kept.']);
    const root = mount(
      <>
        <UrlNotices />
        <UrlNotices />
      </>,
    );
    await settle();
    expect(root.querySelectorAll('[role="alert"]')).toHaveLength(1);
    expect(root.textContent).toContain('wtu=stone');
  });
});
