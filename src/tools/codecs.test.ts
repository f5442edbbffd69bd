// Every tool's link codec reads back what it wrote, through the link's text, for arbitrary valid states:
// decimal commas, unicode, the separators themselves typed into a field, empty and long lists (issue #23).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bsaFormulas, cypInteractions, prednisoneRules, priorOutcomes, priorTherapies, regimenIds, rulesets, titrationAgents } from '../engine';
import { haemoglobinUnits, heightUnits, plateletUnits, weightUnits } from '../engine/units';
import { bleedingGrades, emptyCase, type CaseFields } from './case/case';
import { caseCodec } from './case/case-url';
import { doseCodec, emptyDose, type DoseFields } from './dose/state';
import { emptyResponse, responseCodec, type ResponseFields } from './response/state';
import { titrationCodec } from './titration/codec';
import { dayEntries, emptyTitration, type TitrationFields } from './titration/fields';
import { emptyWalker, walkerCodec, walkerViews, type WalkerFields } from './walker/state';
import type { Answer } from './shared/parse-input';
import type { UrlCodec } from './shared/url-state';

/** Encodes into a link's text and decodes from that text, as a reader opening the link would. */
function throughLink<T>(codec: UrlCodec<T>, value: T, fallback: T) {
  const params = new URLSearchParams();
  codec.encode(value, params);
  return codec.decode(new URLSearchParams(params.toString()), fallback);
}

const answer = fc.constantFrom<Answer>('', 'yes', 'no');
/** Whatever may be typed into a field: unicode, the link's own separators, decimal commas. */
const typed = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.constantFrom('40,5', '8,000', '1 234,5', '0:20;7', '%2C', '%', '=&#', '٤٠', '7.5e1'),
);
const trimmedTyped = typed.map((text) => text.trim());
/** A number as a reader types it, sometimes with a decimal comma. */
const typedNumber = fc.oneof(
  fc.integer({ min: 0, max: 5000 }).map(String),
  fc.double({ min: 0, max: 2000, noNaN: true }).map(String),
  fc.double({ min: 0, max: 2000, noNaN: true }).map((n) => String(n).replace('.', ',')),
  fc.constantFrom('40,5', '8,000', '0,5', '1e3'),
);

describe('the case', () => {
  const prior = fc.record({ therapy: fc.constantFrom(...priorTherapies), outcome: fc.constantFrom(...priorOutcomes) });
  const caseFields: fc.Arbitrary<CaseFields> = fc.record({
    age: typed, weight: typed, weightUnit: fc.constantFrom(...weightUnits), height: typed, heightUnit: fc.constantFrom(...heightUnits),
    count: typed, countUnit: fc.constantFrom(...plateletUnits), bleeding: fc.constantFrom('' as const, ...bleedingGrades), months: typed,
    prior: fc.array(prior, { maxLength: 100 }), pregnant: answer, rhD: fc.constantFrom('' as const, 'positive' as const, 'negative' as const),
    splenectomised: answer, haemoglobin: typed, haemoglobinUnit: fc.constantFrom(...haemoglobinUnits),
    gestation: typed, deliveryPlanned: answer, hepatic: answer, weightConfirmed: answer,
  });

  it('reads back every field exactly as typed, with nothing reported', () => {
    fc.assert(fc.property(caseFields, (value) => {
      expect(throughLink(caseCodec, value, emptyCase)).toEqual({ value, rejected: [] });
    }), { numRuns: 500 });
  });
});

describe('the dose calculator and the walker', () => {
  it('reads back the regimen and its answers', () => {
    const dose: fc.Arbitrary<DoseFields> = fc.record({
      regimen: fc.constantFrom('' as const, ...regimenIds), bsaFormula: fc.constantFrom(...bsaFormulas), datNegative: answer,
      prednisoneRule: fc.constantFrom(...prednisoneRules),
    });
    fc.assert(fc.property(dose, (value) => {
      expect(throughLink(doseCodec, value, emptyDose)).toEqual({ value, rejected: [] });
    }));
  });

  it('reads back the walker’s three questions and its view', () => {
    const walker: fc.Arbitrary<WalkerFields> = fc.record({
      anticoagulants: answer, procedurePlanned: answer, qualityOfLifeImpaired: answer, view: fc.constantFrom('' as const, ...walkerViews),
    });
    fc.assert(fc.property(walker, (value) => {
      expect(throughLink(walkerCodec, value, emptyWalker)).toEqual({ value, rejected: [] });
    }));
  });
});

describe('the response assessor', () => {
  const row = fc.record({ day: trimmedTyped, count: trimmedTyped }).filter((r) => r.day !== '' || r.count !== '');
  const response: fc.Arbitrary<ResponseFields> = fc.record({
    baseline: trimmedTyped, unit: fc.constantFrom(...plateletUnits), rows: fc.array(row, { maxLength: 40 }), bleeding: answer,
  });

  it('reads back every row as typed: a decimal comma or a separator typed into a count never splits it', () => {
    fc.assert(fc.property(response, (value) => {
      expect(throughLink(responseCodec, value, emptyResponse)).toEqual({ value, rejected: [] });
    }), { numRuns: 1000 });
  });

  it('keeps "40,5" one count, and reads an old link’s commas as rows, reporting the part it cannot use', () => {
    const value: ResponseFields = { ...emptyResponse, rows: [{ day: '7', count: '40,5' }] };
    expect(throughLink(responseCodec, value, emptyResponse).value.rows).toEqual([{ day: '7', count: '40,5' }]);
    const old = responseCodec.decode(new URLSearchParams('counts=7:40,14:65,5'), emptyResponse);
    expect(old.value.rows).toEqual([{ day: '7', count: '40' }, { day: '14', count: '65' }]);
    expect(old.rejected).toEqual(['“counts=…5…” is not a day and a count (day:count); it was left out.']);
  });

  it('reports each row it cannot use: too many parts, a broken escape', () => {
    const { value, rejected } = responseCodec.decode(new URLSearchParams('counts=7:40;14:65:3;21:%zz;28:80'), emptyResponse);
    expect(value.rows).toEqual([{ day: '7', count: '40' }, { day: '28', count: '80' }]);
    expect(rejected).toHaveLength(2);
  });
});

describe('the titration simulator', () => {
  const row = fc.record({ day: typedNumber, count: typedNumber, weight: fc.oneof(fc.constant(''), typedNumber) });
  const titration: fc.Arbitrary<TitrationFields> = fc.record({
    agent: fc.constantFrom(...titrationAgents), ruleset: fc.constantFrom(...rulesets), entry: fc.constantFrom(...dayEntries),
    start: fc.constantFrom('2026-01-05', '2024-02-29'), unit: fc.constantFrom(...plateletUnits), eastAsian: answer,
    cyp: fc.constantFrom('' as const, 'none' as const, ...cypInteractions), rows: fc.array(row, { minLength: 1, maxLength: 40 }),
  });
  /** What the link carries: only the agent's own settings (codec.ts), the rest at their defaults. */
  const inForce = (value: TitrationFields): TitrationFields => ({
    ...value,
    start: value.entry === 'date' ? value.start : '',
    ruleset: value.agent === 'romiplostim' ? value.ruleset : emptyTitration.ruleset,
    eastAsian: value.agent === 'eltrombopag' ? value.eastAsian : '',
    cyp: value.agent === 'avatrombopag' ? value.cyp : '',
  });

  it('reads back the agent’s settings and every count as typed, decimal commas included', () => {
    fc.assert(fc.property(titration, (value) => {
      expect(throughLink(titrationCodec, value, emptyTitration)).toEqual({ value: inForce(value), rejected: [] });
    }), { numRuns: 1000 });
  });

  it('reads back the longest series the engine takes: a count a day for ten years', () => {
    const rows = Array.from({ length: 3650 }, (_row, day) => ({ day: String(day), count: `${String(day % 400)},5`, weight: '' }));
    const value: TitrationFields = { ...emptyTitration, rows };
    expect(throughLink(titrationCodec, value, emptyTitration)).toEqual({ value, rejected: [] });
  });
});
