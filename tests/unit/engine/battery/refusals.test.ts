/**
 * What each exported helper answers when handed something it cannot use (issue #23): a plain refusal, the
 * same every time. The battery (run-battery.ts) holds them to never throwing over arbitrary values; this
 * table says, once each, what the refusal is.
 */
import { describe, expect, it } from 'vitest';
import {
  allAgents, assessResponse, boundText, drugDisplayName, formatAmount, formatCount, formatDose, formatDoseRule, formatItemDose,
  formatRate, formatUnits, monthsBetween, readNumber, recommend, regimenSummaryText, runVector, titrate, titrateWith,
  titrationTableOf, titrationVectors, vectorAnswer, vectorMatches, violations, workedExample,
  type Bound, type CaseInput, type Note, type NumberRule, type Recommendation, type RegimenItem, type RegimenPlan,
  type TitrationVector,
} from '../../../../src/engine';
import { readTypedValue } from '../../../../src/engine/units';

const notShown = '(number not shown)';
const junk = (value: unknown) => value as never;

describe('the formatters refuse a number they cannot show, and anything that is not their input', () => {
  it.each<[string, () => string]>([
    ['an amount without a unit', () => formatAmount(5, junk(null))],
    ['a count that is not a number', () => formatCount(junk('20'))],
    ['a dose without its unit', () => formatDose(junk({ amount: 5 }))],
    ['units that are not numbers', () => formatUnits(junk({ amount: 'many' }))],
    ['a rate per something else than kg or m²', () => formatRate(1, undefined, 'mg', junk('lb'))],
    ['an item without a dose', () => formatItemDose(junk({ drug: 'rituximab' }))],
    ['a dose rule of no known basis', () => formatDoseRule(junk({ basis: 'volume' }))],
    ['a dose rule that is not an object', () => formatDoseRule(junk(7))],
    ['a bound with a limit that is not a number', () => boundText(junk({ gt: '200' }) as Bound)],
  ])('%s', (_what, format) => {
    expect(format()).toMatch(/^\(number not shown\)/);
  });

  it('says a plan that is not a plan is not one, and names an unknown drug as unknown', () => {
    expect(regimenSummaryText(junk({ name: 'x' }) as RegimenPlan)).toBe('Not a regimen plan: nothing to summarise.');
    expect(regimenSummaryText(junk({ name: 'x', basis: {}, items: [], citations: [] }), junk([null]) as Note[])).toBe('Not a regimen plan: nothing to summarise.');
    expect(formatItemDose({ dose: { amount: 5, unit: 'mg' }, per: 'dose' } as RegimenItem)).toBe('5 mg');
    expect(drugDisplayName(junk(42))).toBe('(unknown drug)');
    expect(drugDisplayName('toString')).toBe('toString');
  });
});

describe('the readers refuse a rule, a label or a list they cannot use, in words', () => {
  const notARule = junk({ label: 'weight', min: 0, max: 1e21 }) as NumberRule;

  it('refuses a number rule that is not one, whatever the value', () => {
    const message = 'This value cannot be checked: the rule for it is missing or not in the expected form.';
    expect(readNumber(5, 'weightKg', notARule)).toEqual({ field: 'weightKg', message });
    expect(readTypedValue('5', junk(null), notARule)).toEqual({ ok: false, errors: [{ field: 'value', message }] });
  });

  it('words a date error with its default labels when the labels given are not words', () => {
    expect(monthsBetween('2026-02-30', '2026-03-01', junk('labels'))).toEqual({
      ok: false, errors: [{ field: 'fromIsoDate', message: 'The start date is not a date in the calendar.' }],
    });
  });

  it('refuses a list longer than any list typed: counts (one a day for ten years) and earlier treatments', () => {
    const counts = new Array(3652);
    expect(assessResponse({ baselineCount: 10, counts, bleeding: false })).toEqual({
      ok: false, errors: [{ field: 'counts', message: 'Enter at most 3,651 platelet counts.' }],
    });
    const read = recommend({ ageYears: 40, count: 8, bleeding: 'none', monthsSinceDiagnosis: 1, prior: new Array(101) });
    expect(read.ok ? [] : read.errors).toEqual([{ field: 'prior', message: 'Enter at most 100 earlier treatments.' }]);
  });
});

describe('titration helpers refuse what is not an agent’s source or a worked example', () => {
  it('carries no agent from something that is not a set of sources', () => {
    const result = titrateWith(junk(null))({ agent: 'eltrombopag', options: { ageYears: 40 }, counts: [{ day: 0, count: 20 }] });
    expect(result.ok ? [] : result.errors.map((error) => error.field)).toEqual(['agent']);
  });

  it('makes no table from something that is not a source, nor for a rule set that is not one', () => {
    expect(titrationTableOf(junk({ agent: 'romiplostim' }))).toEqual({
      ok: false, errors: [{ field: 'source', message: 'This is not an agent’s label table as the engine’s agent modules make it.' }],
    });
    const table = titrationTableOf(allAgents.romiplostim, junk('uk-label'));
    expect(table.ok ? [] : table.errors.map((error) => error.field)).toEqual(['ruleset']);
  });

  it('runs no row that is not a worked example, and matches none', () => {
    expect(runVector(junk(null))).toEqual({ answer: { refused: ['vector'] }, reasons: ['Not a worked example: nothing to run.'] });
    expect(vectorMatches(junk({ id: 'W1' }))).toBe(false);
    expect(workedExample(junk(7))).toBe('');
  });

  it('answers a row that expects nothing with nothing, and one that expects more steps than its counts with the steps there are', () => {
    const row = titrationVectors.find((vector) => vector.check.kind === 'titration');
    if (row?.check.kind !== 'titration') throw new Error('no titration row');
    const expecting = (expected: unknown[]): TitrationVector => ({ ...row, check: { ...row.check, expected: junk(expected) } });
    expect(vectorAnswer(expecting([]))).toEqual([]);
    const steps = titrate(row.check.input);
    const many = Array.from({ length: (steps.ok ? steps.value.steps.length : 0) + 2 }, () => ({ action: 'maintain' }));
    expect(vectorAnswer(expecting(many))).toHaveLength(steps.ok ? steps.value.steps.length : 0);
  });
});

describe('verification refuses what it cannot read', () => {
  it('reports a case, advice or notes it cannot read as one violation, so nothing unreadable passes', () => {
    expect(violations(junk({}) as CaseInput, junk({}) as Recommendation, [])).toEqual([
      { invariant: 'readable', message: 'Not a case, its advice and notes as recommend() gives them: nothing can be verified.' },
    ]);
  });
});

it('keeps the gate’s refusal text in one place', () => {
  expect(formatCount(Number.NaN)).toBe(`${notShown} ×10⁹/L`);
});
