/**
 * Thresholds at value − ε / value / value + ε, and what earlier treatments do to the options.
 * Sources: guidelines.md §1.2, §3.1 (IWG phases), §5 (splenectomy timing), §8.1, §8.2; drugs.md §1–§5 (labels).
 */
import { describe, expect, it } from 'vitest';
import type { CaseInput } from '../../../../src/engine/algorithm';
import { advise, adviseWithNotes, chronicDependentAdult, deferredIds, ids, option } from './helpers';

const ivigFailed = { therapy: 'ivig', outcome: 'no-response' } as const;
const steroidsFailed = { therapy: 'corticosteroids', outcome: 'no-response' } as const;
const child: CaseInput = { ageYears: 10, count: 15, bleeding: 'mucosal', monthsSinceDiagnosis: 24, prior: [ivigFailed, steroidsFailed] };

describe('time since diagnosis', () => {
  it.each([
    // ASH 2011/2019 (§5): splenectomy from 12 months
    [11.99, true],
    [12, false],
    [12.01, false],
  ])('splenectomy at %s months: deferred %s', (monthsSinceDiagnosis, deferred) => {
    const advice = advise({ ...chronicDependentAdult, monthsSinceDiagnosis });
    expect(option(advice, 'splenectomy').deferred === true).toBe(deferred);
    if (deferred) expect(option(advice, 'splenectomy').rationale).toMatch(/^Deferred: not yet 12 months since diagnosis/);
  });

  it.each([
    // Tavalisse label (drugs.md §4): chronic ITP, more than 12 months (IWG)
    [12, true],
    [12.01, false],
  ])('fostamatinib at %s months: deferred %s', (monthsSinceDiagnosis, deferred) => {
    expect(option(advise({ ...chronicDependentAdult, monthsSinceDiagnosis }), 'fostamatinib').deferred === true).toBe(deferred);
  });

  it.each([
    // ASH 2019 recs 6–9 from 3 months (§1.2); below that, outside them (§9); Wayrilz label: persistent or chronic
    [2.99, 'adult-early', ['splenectomy', 'rilzabrutinib', 'fostamatinib']],
    [3, 'adult-second-line', ['splenectomy', 'fostamatinib']],
    [3.01, 'adult-second-line', ['splenectomy', 'fostamatinib']],
  ])('%s months: %s, deferred %j', (monthsSinceDiagnosis, node, deferred) => {
    const advice = advise({ ...chronicDependentAdult, monthsSinceDiagnosis });
    expect(advice.path).toContain(node);
    expect(deferredIds(advice)).toEqual(deferred);
  });

  it('deferred options come after every option valid now, in their own order', () => {
    const advice = advise({ ...chronicDependentAdult, monthsSinceDiagnosis: 6 });
    expect(ids(advice)).toEqual(['tpo-ra', 'rituximab', 'rilzabrutinib', 'danazol-azathioprine', 'other-immunosuppressant', 'splenectomy', 'fostamatinib']);
  });
});

describe('age', () => {
  it.each([
    // DESIGN.md: a child is younger than 18
    [17.99, 'child-second-line'],
    [18, 'adult-recs-6-9'],
  ])('age %s takes %s', (ageYears, node) => {
    expect(advise({ ...child, ageYears }).path).toContain(node);
  });

  it.each([
    // ICR 2019 / ASH 2011 (§8.1): no splenectomy before age 5
    [4.99, true],
    [5, false],
  ])('child splenectomy at age %s: deferred %s', (ageYears, deferred) => {
    expect(option(advise({ ...child, ageYears }), 'splenectomy').deferred === true).toBe(deferred);
  });

  it.each([
    // Paediatric TPO-RA labels (drugs.md §1–§3) start at age 1 year; under 1 year and before 3 months a TPO-RA
    // is off-label but keeps ASH's place ahead of rituximab (our reading, child-rules.ts), saying so
    [0.99, 11, false],
    [1, 2.99, false],
    [1, 3, false],
    [17.99, 2.99, false],
    [18, 2.99, false],
  ])('TPO-RA at age %s and %s months: deferred %s', (ageYears, monthsSinceDiagnosis, deferred) => {
    const advice = advise({ ...child, ageYears, monthsSinceDiagnosis, prior: [ivigFailed, { therapy: 'corticosteroids', outcome: 'dependent' }] });
    expect(option(advice, 'tpo-ra').deferred === true).toBe(deferred);
  });

  it.each([0.5, 0.99])('TPO-RA at age %s: ranked ahead of rituximab, off-label under 1 year, said so', (ageYears) => {
    const advice = advise({ ...child, ageYears, monthsSinceDiagnosis: 6, prior: [ivigFailed, { therapy: 'corticosteroids', outcome: 'no-response' }] });
    expect(ids(advice).indexOf('tpo-ra')).toBeLessThan(ids(advice).indexOf('rituximab'));
    expect(option(advice, 'tpo-ra').rationale).toContain('Off-label under 1 year');
  });

  it.each([
    [1, 2.99, true],
    [17.99, 2.99, true],
    [1, 3, false],
    [18, 2.99, false],
  ])('TPO-RA at age %s and %s months says it is off-label this early: %s', (ageYears, monthsSinceDiagnosis, said) => {
    const advice = advise({ ...child, ageYears, monthsSinceDiagnosis, prior: [ivigFailed, { therapy: 'corticosteroids', outcome: 'dependent' }] });
    expect(option(advice, 'tpo-ra').rationale.includes('Off-label this early')).toBe(said);
  });

  it.each([
    // ASH 2011's faster-rise statement is for adults (guidelines.md §1.4); children get the ICR's advice (§2.1)
    [17.99, 'icr-2019 children', 'ash-2011'],
    [18, 'ash-2011', 'icr-2019 children'],
  ])('rapid rise at age %s cites %s, not %s', (ageYears, cited, notCited) => {
    const pulse = option(advise({ ...child, ageYears }), 'methylprednisolone-pulse');
    expect(pulse.citations).toContain(cited);
    expect(pulse.citations).not.toContain(notCited);
  });

  it('children get no adult-only agent and no observation when bleeding is mucosal', () => {
    const advice = advise(child);
    // ASH's paediatric order first; the ICR's rapid-rise options, not specific to children, after them
    expect(ids(advice)).toEqual(['tpo-ra', 'rituximab', 'splenectomy', 'methylprednisolone-pulse', 'multiagent-rescue']);
  });

  it('a child with skin-only bleeding but reduced quality of life goes to second line (ASH 2019, §1.3)', () => {
    const advice = advise({ ...child, bleeding: 'minor', qualityOfLifeImpaired: true });
    expect(advice.path).toContain('child-second-line');
    expect(ids(advice)).toEqual(['tpo-ra', 'rituximab', 'splenectomy']);
  });

  it('a child with mucosal bleeding and no corticosteroid course gets the paediatric short course first, not second line (ASH 2019, §1.3)', () => {
    const advice = advise({ ...child, prior: [ivigFailed] });
    expect(ids(advice)).toEqual(['prednisone', 'dexamethasone-high-dose', 'methylprednisolone-pulse']);
    expect(option(advice, 'prednisone').rationale).toContain('prednisone 2–4 mg/kg daily (at most 120 mg daily) for 5–7 days');
    expect(option(advice, 'dexamethasone-high-dose').rationale).toContain('dexamethasone 0.6 mg/kg daily (at most 40 mg daily) for 4 days');
  });

  it('a child whose corticosteroids worked gets a repeat short course; dependence opens second line', () => {
    expect(ids(advise({ ...child, bleeding: 'minor', qualityOfLifeImpaired: true, prior: [ivigFailed, { therapy: 'corticosteroids', outcome: 'response' }] }))).toEqual(['prednisone']);
    expect(ids(advise({ ...child, bleeding: 'minor', qualityOfLifeImpaired: true, prior: [ivigFailed, { therapy: 'corticosteroids', outcome: 'dependent' }] }))).toEqual(['tpo-ra', 'rituximab', 'splenectomy']);
  });

  it.each([
    [[ivigFailed], 1, false],
    [[ivigFailed], 24, true],
    [[ivigFailed, { therapy: 'tpo-ra', outcome: 'no-response' }], 1, true],
  ] as const)('child after %j at %s months without corticosteroids: asked to record a course %s', (prior, monthsSinceDiagnosis, asked) => {
    const { value, codes } = adviseWithNotes({ ...child, prior, monthsSinceDiagnosis });
    expect(codes.includes('no-corticosteroid-recorded')).toBe(asked);
    expect(ids(value).filter((id) => ['prednisone', 'tpo-ra', 'rituximab', 'splenectomy'].includes(id))).toEqual(['prednisone']);
  });

  it.each([
    [undefined, ['observation'], true],
    [false, ['observation'], false],
    [true, ['prednisone', 'dexamethasone-high-dose'], false],
  ] as const)('a child with skin-only bleeding, quality of life %s: %j, question named %s (tri-state)', (qualityOfLifeImpaired, options, named) => {
    const { value, codes } = adviseWithNotes({ ageYears: 8, count: 15, bleeding: 'minor', monthsSinceDiagnosis: 1, prior: [ivigFailed], ...(qualityOfLifeImpaired === undefined ? {} : { qualityOfLifeImpaired }) });
    expect(ids(value)).toEqual(options);
    expect(codes.includes('child-quality-of-life-unknown')).toBe(named);
  });
});

describe('count and bleeding', () => {
  it.each([
    // ASH 2019 rec 1b (§1.2): observe at 30 or more with no or minor bleeding, before any corticosteroid
    [29.9, 'none', 'corticosteroids-first'],
    [30, 'none', 'adult-observation'],
    [30.1, 'minor', 'adult-observation'],
    [80, 'mucosal', 'corticosteroids-first'],
  ] as const)('adult after IVIG only, count %s, bleeding %s: %s', (count, bleeding, node) => {
    expect(advise({ ...chronicDependentAdult, prior: [ivigFailed], count, bleeding }).path).toContain(node);
  });

  it.each([30, 35, 150])('a corticosteroid-dependent adult at 24 months with a count of %s: second line, not observation (ASH 2019 recs 6–9)', (count) => {
    const { value, codes } = adviseWithNotes({ ...chronicDependentAdult, count, bleeding: 'none' });
    expect(ids(value).slice(0, 3)).toEqual(['tpo-ra', 'rituximab', 'splenectomy']);
    expect(codes).toContain('second-line-whatever-count');
  });

  it('the "no count limit" note is said only where corticosteroids failed: not after a corticosteroid and a TPO-RA response', () => {
    const { codes } = adviseWithNotes({
      ...chronicDependentAdult, count: 150, bleeding: 'none',
      prior: [ivigFailed, { therapy: 'corticosteroids', outcome: 'response' }, { therapy: 'tpo-ra', outcome: 'response' }],
    });
    expect(codes).not.toContain('second-line-whatever-count');
  });

  it.each([
    // ICR (§8.2): 20–30 safe for most of pregnancy without bleeding; the upper end is used
    [29.9, 'pregnancy-options'],
    [30, 'pregnancy-observation'],
  ])('pregnant, count %s: %s', (count, node) => {
    const advice = advise({ ...chronicDependentAdult, pregnant: true, bleeding: 'none', count });
    expect(advice.path).toContain(node);
  });

  it.each([
    // ICR (§2.1) rapid rise triggers; adults by count (CARMEN, ASH rec 2a), children only by bleeding or a procedure
    ['adult, count 9.9', { count: 9.9 }, true],
    ['adult, count 10', { count: 10 }, false],
    ['newly diagnosed adult, count 19.9', { count: 19.9, monthsSinceDiagnosis: 1 }, true],
    ['newly diagnosed adult, count 20', { count: 20, monthsSinceDiagnosis: 1 }, false],
    // A planned procedure or delivery: below 50, the lowest procedural count the sources give (§8.2)
    ['adult with a procedure planned, count 49.9', { count: 49.9, bleeding: 'none', procedurePlanned: true }, true],
    ['adult with a procedure planned, count 50', { count: 50, bleeding: 'none', procedurePlanned: true }, false],
    ['delivery planned, count 49.9', { count: 49.9, bleeding: 'none', pregnant: true, gestationWeeks: 38, deliveryPlanned: true }, true],
    ['delivery planned, count 50', { count: 50, bleeding: 'none', pregnant: true, gestationWeeks: 38, deliveryPlanned: true }, false],
    ['child, count 3, minor bleeding', { ageYears: 6, count: 3, monthsSinceDiagnosis: 1 }, false],
    ['child with mucosal bleeding', { ageYears: 6, bleeding: 'mucosal', monthsSinceDiagnosis: 1 }, true],
  ] as const)('%s: rapid rise %s', (_name, change, rapid) => {
    expect(advise({ ...chronicDependentAdult, ...change }).path.includes('rapid-rise')).toBe(rapid);
  });

  it('a procedure at a low count: rapid rise now, then observation, and urgent so the two agree', () => {
    const advice = advise({ ...chronicDependentAdult, prior: [ivigFailed], count: 40, bleeding: 'none', procedurePlanned: true });
    expect(ids(advice)).toEqual(['methylprednisolone-pulse', 'observation']);
    expect(advice.urgency).toBe('urgent');
  });

  it.each([50, 80, 300])('a procedure at a count of %s: no pulse and not urgent for it, and the procedure’s own target asked for', (count) => {
    const { value, codes } = adviseWithNotes({ ...chronicDependentAdult, prior: [ivigFailed], count, bleeding: 'none', procedurePlanned: true });
    expect(ids(value)).not.toContain('methylprednisolone-pulse');
    expect(value.urgency).toBe('routine');
    expect(codes).toContain('procedure-target');
  });

  it.each([
    ['an adult with life-threatening bleeding', { ageYears: 75, count: 9, bleeding: 'life-threatening', monthsSinceDiagnosis: 0.5 }],
    ['a child observed at 30', { ageYears: 5, count: 30, bleeding: 'minor', monthsSinceDiagnosis: 13 }],
    ['a newly diagnosed child at 10', { ageYears: 15, count: 10, bleeding: 'none', monthsSinceDiagnosis: 2 }],
  ] as const)('an anticoagulant is said whatever set the urgency: %s', (_name, change) => {
    const { codes } = adviseWithNotes({ ...chronicDependentAdult, ...change, anticoagulants: true });
    expect(codes.includes('anticoagulants') || codes.includes('urgency-anticoagulants-below-30')).toBe(true);
    expect(codes).not.toContain('urgency-child-outpatient');
  });

  it('a newly diagnosed child below 20 is urgent under the paediatric recommendation, not the adult one', () => {
    const { value, codes } = adviseWithNotes({ ...chronicDependentAdult, ageYears: 15, count: 10, bleeding: 'none', monthsSinceDiagnosis: 2 });
    expect(value.urgency).toBe('urgent');
    expect(codes).toContain('urgency-child-newly-diagnosed-below-20');
    expect(codes).not.toContain('urgency-newly-diagnosed-below-20');
  });

  it.each([[49.9, true], [69.9, true], [70, false]] as const)('delivery planned at a count of %s: urgent %s', (count, urgent) => {
    const advice = advise({ ...chronicDependentAdult, count, bleeding: 'none', pregnant: true, gestationWeeks: 38, deliveryPlanned: true });
    expect(advice.urgency === 'urgent').toBe(urgent);
  });
});

describe('earlier treatments', () => {
  it.each(['response', 'dependent', 'no-response', 'intolerant'] as const)('no splenectomy after a splenectomy (outcome %s)', (outcome) => {
    const { value, codes } = adviseWithNotes({ ...chronicDependentAdult, prior: [...chronicDependentAdult.prior, { therapy: 'splenectomy', outcome }] });
    expect(ids(value)).not.toContain('splenectomy');
    expect(codes).toContain('left-out-splenectomy');
  });

  it.each(['no-response', 'intolerant'] as const)('a TPO-RA with outcome %s moves below the next option', (outcome) => {
    const advice = advise({ ...chronicDependentAdult, prior: [...chronicDependentAdult.prior, { therapy: 'tpo-ra', outcome }] });
    expect(ids(advice).slice(0, 3)).toEqual(['rituximab', 'tpo-ra', 'splenectomy']);
  });

  it.each(['response', 'dependent'] as const)('a TPO-RA with outcome %s keeps its place', (outcome) => {
    const advice = advise({ ...chronicDependentAdult, prior: [...chronicDependentAdult.prior, { therapy: 'tpo-ra', outcome }] });
    expect(ids(advice)[0]).toBe('tpo-ra');
  });

  it.each(['rituximab', 'fostamatinib', 'rilzabrutinib'] as const)('%s that failed is left out, with the reason as a note', (therapy) => {
    const result = adviseWithNotes({ ...chronicDependentAdult, prior: [...chronicDependentAdult.prior, { therapy, outcome: 'intolerant' }] });
    expect(ids(result.value)).not.toContain(therapy);
    expect(result.codes).toContain(`left-out-${therapy}`);
  });

  it('the last entry for a therapy is its current outcome', () => {
    const responded = { therapy: 'corticosteroids', outcome: 'response' } as const;
    expect(advise({ ...chronicDependentAdult, prior: [ivigFailed, steroidsFailed, responded] }).path).toContain('corticosteroids-repeat');
    expect(advise({ ...chronicDependentAdult, prior: [ivigFailed, responded, steroidsFailed] }).path).toContain('recheck-diagnosis');
  });

  it('corticosteroids that worked: a repeat short course, not yet second line (IWG dependence, ASH rec 3)', () => {
    const advice = advise({ ...chronicDependentAdult, prior: [ivigFailed, { therapy: 'corticosteroids', outcome: 'response' }] });
    expect(ids(advice)).toEqual(['dexamethasone-high-dose']);
    expect(option(advice, 'dexamethasone-high-dose').rationale).toContain('corticosteroid dependence (IWG 2009)');
  });

  it('second-line treatment given without a corticosteroid entry: a corticosteroid course first, and the missing entry asked for', () => {
    const { value, codes } = adviseWithNotes({ ...chronicDependentAdult, prior: [ivigFailed, { therapy: 'tpo-ra', outcome: 'response' }] });
    expect(value.path).toContain('corticosteroids-first');
    expect(ids(value)).toEqual(['dexamethasone-high-dose', 'prednisone']);
    expect(codes).toContain('no-corticosteroid-recorded');
  });

  it('corticosteroid intolerance: second line, with the reading said; a corticosteroid pulse moves down', () => {
    const intolerant = { therapy: 'corticosteroids', outcome: 'intolerant' } as const;
    const calm = adviseWithNotes({ ...chronicDependentAdult, prior: [ivigFailed, intolerant] });
    expect(calm.value.path).toContain('adult-second-line');
    expect(calm.codes).toContain('corticosteroid-intolerance');
    const urgent = advise({ ...chronicDependentAdult, count: 5, prior: [ivigFailed, intolerant, { therapy: 'tpo-ra', outcome: 'no-response' }] });
    expect(ids(urgent).slice(0, 2)).toEqual(['multiagent-rescue', 'methylprednisolone-pulse']);
    expect(option(urgent, 'methylprednisolone-pulse').repeatReason).toContain('Corticosteroids were not tolerated before');
  });

  it('multi-agent rescue is offered only after corticosteroid or second-line failure (Boruchov population, §4.4)', () => {
    expect(ids(advise({ ...chronicDependentAdult, count: 5 }))).not.toContain('multiagent-rescue');
    expect(ids(advise({ ...chronicDependentAdult, count: 5, prior: [ivigFailed, steroidsFailed] }))).toContain('multiagent-rescue');
  });

  it('anti-D without response counts as immunoglobulin failure for the diagnostic re-check (§4.3)', () => {
    const advice = advise({ ...chronicDependentAdult, prior: [{ therapy: 'anti-d', outcome: 'no-response' }, steroidsFailed] });
    expect(advice.path).toContain('recheck-diagnosis');
  });

  it('an option offered twice on a walk appears once, at its first place, with both reasons', () => {
    const advice = advise({ ageYears: 30, pregnant: true, count: 8, bleeding: 'mucosal', monthsSinceDiagnosis: 6, prior: [ivigFailed] });
    const pulse = option(advice, 'methylprednisolone-pulse');
    expect(ids(advice).filter((id) => id === 'methylprednisolone-pulse')).toHaveLength(1);
    expect(pulse.rationale).toContain('A rapid rise is needed');
    expect(pulse.rationale).toContain('For refractory cases in pregnancy');
  });
});
