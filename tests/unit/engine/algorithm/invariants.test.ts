/**
 * The guideline invariants (src/engine/algorithm/verification): each holds over the whole enumerated case
 * space and over random cases from the continuous space, and each one catches the defect it is written
 * against (a check that can never fail protects nothing).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Note } from '../../../../src/engine';
import { citationKey, referenceKeys } from '../../../../src/engine/citations';
import {
  allHistories, enumerateCases, invariants, priorOutcomes, priorTherapies, recommend, violations,
  type CaseInput, type Recommendation,
} from '../../../../src/engine/algorithm';
import { advise } from './helpers';

const keys: readonly string[] = referenceKeys;

describe('the invariant list', () => {
  it('has unique kebab-case ids, a plain statement, known citations and a register section for each', () => {
    expect(new Set(invariants.map((entry) => entry.id)).size).toBe(invariants.length);
    for (const entry of invariants) {
      expect(entry.id).toMatch(/^[a-z0-9]+(-[a-z0-9.]+)*$/);
      expect(entry.statement.length, entry.id).toBeGreaterThan(40);
      expect(entry.citations.length, entry.id).toBeGreaterThan(0);
      for (const citation of entry.citations) expect(keys, entry.id).toContain(citationKey(citation));
      expect(entry.register, entry.id).toMatch(/^guidelines\.md §\d/);
    }
  });
});

describe('over the enumerated case space', () => {
  it('every invariant holds for every case (count and time printed)', () => {
    const start = performance.now();
    let cases = 0;
    const broken: string[] = [];
    for (const input of enumerateCases()) {
      cases += 1;
      const result = recommend(input);
      if (!result.ok) {
        broken.push(`refused ${JSON.stringify(input)}: ${JSON.stringify(result.errors)}`);
        continue;
      }
      for (const found of violations(input, result.value, result.warnings)) {
        if (broken.length < 20) broken.push(`${found.invariant}: ${found.message} for ${JSON.stringify(input)}`);
      }
    }
    const seconds = (performance.now() - start) / 1000;
    console.log(`Invariants: ${invariants.length} checked over ${cases.toLocaleString('en')} enumerated cases in ${seconds.toFixed(1)} s`);
    expect(broken).toEqual([]);
    expect(cases).toBeGreaterThan(100_000);
  }, 300_000);

  it('the history set covers every therapy with every outcome, and all 125 first-line combinations', () => {
    const histories = [...allHistories()];
    for (const therapy of priorTherapies) {
      for (const outcome of priorOutcomes) {
        expect(histories.some((history) => history.some((entry) => entry.therapy === therapy && entry.outcome === outcome)), `${therapy} ${outcome}`).toBe(true);
      }
    }
    const firstLine = new Set(histories.map((history) => (['corticosteroids', 'ivig', 'anti-d'] as const)
      .map((therapy) => history.find((entry) => entry.therapy === therapy)?.outcome ?? 'absent').join('/')));
    expect(firstLine.size).toBe(125);
  });
});

/** Any valid case, the boundaries drawn more often; pregnancy detail only with pregnancy. */
const anyCase: fc.Arbitrary<CaseInput> = fc
  .record({
    ageYears: fc.oneof(fc.double({ min: 0, max: 120, noNaN: true }), fc.constantFrom(0.5, 1, 4.99, 5, 17.99, 18, 59.99, 60)),
    count: fc.oneof(fc.double({ min: 0, max: 2000, noNaN: true }), fc.constantFrom(9.9, 10, 19.9, 20, 29.9, 30, 49.9, 50, 69.9, 70)),
    bleeding: fc.constantFrom('none', 'minor', 'mucosal', 'life-threatening'),
    monthsSinceDiagnosis: fc.oneof(fc.double({ min: 0, max: 1200, noNaN: true }), fc.constantFrom(2.99, 3, 11.99, 12, 12.01)),
    prior: fc.array(fc.record({ therapy: fc.constantFrom(...priorTherapies), outcome: fc.constantFrom(...priorOutcomes) }), { maxLength: 6 }),
    pregnant: fc.option(fc.boolean(), { nil: undefined }),
    gestationWeeks: fc.option(fc.oneof(fc.double({ min: 0, max: 44, noNaN: true }), fc.constantFrom(13.9, 14, 27.9, 28)), { nil: undefined }),
    deliveryPlanned: fc.option(fc.boolean(), { nil: undefined }),
    anticoagulants: fc.option(fc.boolean(), { nil: undefined }),
    procedurePlanned: fc.option(fc.boolean(), { nil: undefined }),
    qualityOfLifeImpaired: fc.option(fc.boolean(), { nil: undefined }),
  })
  .map(({ gestationWeeks, deliveryPlanned, ...c }) => ({
    ...c,
    monthsSinceDiagnosis: Math.min(c.monthsSinceDiagnosis, c.ageYears * 12),
    ...(c.pregnant === true ? { gestationWeeks, deliveryPlanned } : {}),
  }));

describe('over random cases from the continuous space', () => {
  it('every invariant holds', () => {
    fc.assert(fc.property(anyCase, (input) => {
      const result = recommend(input);
      expect(result.ok).toBe(true);
      if (result.ok) expect(violations(input, result.value, result.warnings)).toEqual([]);
    }), { numRuns: 3000 });
  });
});

// Each invariant against the defect it guards: a real advice, broken the way the defects broke it.
const ivig = { therapy: 'ivig', outcome: 'no-response' } as const;
const dependent = { therapy: 'corticosteroids', outcome: 'dependent' } as const;
const steroidsFailed = { therapy: 'corticosteroids', outcome: 'no-response' } as const;
const adult: CaseInput = { ageYears: 45, count: 35, bleeding: 'none', monthsSinceDiagnosis: 24, prior: [ivig, dependent] };
const child: CaseInput = { ageYears: 7, count: 6, bleeding: 'mucosal', monthsSinceDiagnosis: 0.5, prior: [ivig] };
const pregnant: CaseInput = { ageYears: 30, count: 15, bleeding: 'none', monthsSinceDiagnosis: 18, pregnant: true, gestationWeeks: 20, prior: [steroidsFailed, ivig] };
const option = (id: Recommendation['options'][number]['id'], extra: Partial<Recommendation['options'][number]> = {}) =>
  ({ id, label: id, rationale: 'A reason long enough to read as a rationale for this option.', citations: ['ash-2019'], ...extra });

type Breaker = (advice: Recommendation) => Recommendation;
const defects: [string, CaseInput, Breaker, Note[]?][] = [
  ['emergency-first', { ...adult, bleeding: 'life-threatening' }, (a) => ({ ...a, options: a.options.slice(1) })],
  ['urgency-at-least-contract', { ...adult, count: 5 }, (a) => ({ ...a, urgency: 'routine' })],
  ['urgency-matches-options', { ...adult, procedurePlanned: true, prior: [ivig] }, (a) => ({ ...a, urgency: 'routine' })],
  ['splenectomy-timing', { ...adult, monthsSinceDiagnosis: 6 }, (a) => ({ ...a, options: a.options.map((o) => ({ ...o, deferred: undefined })) })],
  ['pregnancy-contraindicated-never-offered', pregnant, (a) => ({ ...a, options: [...a.options, option('fostamatinib')] })],
  ['pregnancy-unknown-cautioned', adult, (a) => ({ ...a, options: [...a.options.filter((o) => o.id !== 'fostamatinib'), option('fostamatinib')] })],
  ['pregnancy-rituximab-very-severe-only', pregnant, (a) => ({ ...a, options: [option('rituximab'), ...a.options.filter((o) => o.id !== 'rituximab')] })],
  ['pregnancy-tpo-ra-late-after-failures', pregnant, (a) => ({ ...a, options: [option('tpo-ra'), ...a.options.filter((o) => o.id !== 'tpo-ra')] })],
  ['pregnancy-delivery-targets', { ...pregnant, gestationWeeks: 30 }, (a) => a, []],
  ['corticosteroid-course-first', child, (a) => ({ ...a, options: [option('rituximab'), ...a.options] })],
  ['adult-recs-6-9-when-due', adult, (a) => ({ ...a, options: [option('observation')] })],
  ['child-second-line-after-first-line', child, (a) => ({ ...a, options: [...a.options, option('tpo-ra')] })],
  ['child-second-line-order', { ...child, monthsSinceDiagnosis: 14, prior: [ivig, steroidsFailed] }, (a) => ({ ...a, options: [...a.options].reverse() })],
  ['child-guideline-options-first', child, (a) => ({ ...a, options: [option('methylprednisolone-pulse'), ...a.options.filter((o) => o.id !== 'methylprednisolone-pulse')] })],
  ['child-doses-paediatric', child, (a) => ({ ...a, options: a.options.map((o) => (o.id === 'dexamethasone-high-dose' ? { ...o, rationale: 'dexamethasone 40 mg daily for 4 days' } : o)) })],
  ['children-no-adult-only-agents', child, (a) => ({ ...a, options: [...a.options, option('rilzabrutinib')] })],
  ['failed-therapy-returns-with-reason', pregnant, (a) => ({ ...a, options: a.options.map((o) => ({ ...o, repeatReason: undefined })) })],
  ['quality-of-life-unknown-said', { ...child, bleeding: 'minor' }, (a) => a, []],
  ['every-option-explained', adult, (a) => ({ ...a, options: a.options.map((o) => ({ ...o, citations: [] })) })],
  ['path-drawn', adult, (a) => ({ ...a, path: [...a.path, 'not-a-node'] })],
  // Further ways the same invariants fail, so every branch of each check is shown to bite.
  ['emergency-first', { ...adult, bleeding: 'life-threatening' }, (a) => ({ ...a, options: [] })],
  ['urgency-matches-options', adult, (a) => ({ ...a, options: [option('emergency-care'), ...a.options] })],
  ['splenectomy-timing', { ...adult, prior: [...adult.prior, { therapy: 'splenectomy', outcome: 'no-response' }] }, (a) => ({ ...a, options: [...a.options, option('splenectomy')] })],
  ['splenectomy-timing', { ...adult, monthsSinceDiagnosis: 6 }, (a) => ({ ...a, options: a.options.map((o) => (o.id === 'splenectomy' ? { ...o, rationale: 'Surgery, later on, for a durable remission.' } : o)) })],
  ['adult-recs-6-9-when-due', adult, (a) => ({ ...a, options: [...a.options].reverse() })],
  ['adult-recs-6-9-when-due', adult, (a) => ({ ...a, options: [option('observation'), ...a.options] })],
  ['adult-recs-6-9-when-due', { ...adult, prior: [ivig, steroidsFailed] }, (a) => ({ ...a, options: [option('tpo-ra'), ...a.options] })],
  ['pregnancy-unknown-cautioned', { ...adult, ageYears: 72 }, (a) => ({ ...a, options: a.options.map((o) => (o.id === 'tpo-ra' ? { ...o, rationale: `Pregnancy is not stated. ${o.rationale}` } : o)) })],
  ['every-option-explained', adult, (a) => ({ ...a, options: [] })],
  ['every-option-explained', adult, (a) => ({ ...a, options: [...a.options, ...a.options.slice(0, 1)] })],
  ['every-option-explained', { ...adult, monthsSinceDiagnosis: 6 }, (a) => ({ ...a, options: [...a.options].reverse() })],
  ['path-drawn', adult, (a) => ({ ...a, path: a.path.slice(0, -1) })],
];

describe('each invariant catches its defect', () => {
  it('every invariant has a defect case below', () => {
    expect([...new Set(defects.map(([id]) => id))].sort()).toEqual(invariants.map((entry) => entry.id).sort());
  });

  it.each(defects)('%s', (id, input, breakIt, notes) => {
    const result = recommend(input);
    if (!result.ok) throw new Error('expected advice');
    expect(violations(input, result.value, result.warnings).map((found) => found.invariant)).not.toContain(id);
    const broken = breakIt(structuredClone(result.value));
    expect(violations(input, broken, notes ?? result.warnings).map((found) => found.invariant)).toContain(id);
  });

  it('the advice the issue reported as wrong would now be caught', () => {
    // The 7-year-old after IVIG was offered a methylprednisolone pulse then rituximab.
    const oldChild: Recommendation = { ...advise(child), options: [option('methylprednisolone-pulse'), option('rituximab'), option('tpo-ra', { deferred: true })] };
    expect(violations(child, oldChild, []).map((found) => found.invariant)).toEqual(expect.arrayContaining(['corticosteroid-course-first', 'child-second-line-after-first-line']));
  });
});
