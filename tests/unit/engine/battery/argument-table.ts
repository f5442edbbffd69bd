/**
 * The arguments the battery passes each exported function: the shape it expects, built from the engine's own
 * vocabulary and data, with any field sometimes anything at all (values.ts). A function this table does not
 * name gets anything at all for each of its parameters and one more, so a new export is covered the day it
 * is added; naming it here only makes the battery reach further into it.
 */
import fc from 'fast-check';
import {
  ageGroups, allAgents, avatrombopagLevels, bleedingLevels, bsaFormulas, cypInteractions, enumerateCases, fostamatinibReductionLadder,
  haemoglobinUnits, heightUnits, planRegimen, plateletUnits, prednisoneRules, priorOutcomes, priorTherapies, ranges, recommend,
  referenceKeys, regimenIds, regimenRules, rulesets, titrationAgents, titrationVectors, weightUnits,
} from '../../../../src/engine';
import { anyValue, constants, listOf, near, numbers, orAny, texts, withHole } from './values';

const pick = <T>(items: readonly T[]) => fc.constantFrom(...items);
const weight = fc.double({ min: 0.5, max: 350, noNaN: true });
const height = fc.double({ min: 30, max: 250, noNaN: true });
const age = fc.double({ min: 0, max: 120, noNaN: true });
const count = fc.oneof(fc.integer({ min: 0, max: 600 }), fc.double({ min: 0, max: 2000, noNaN: true }));
const typedOrNumber = fc.oneof(numbers, texts, count.map(String), count.map((n) => String(n).replace('.', ',')));

/** Day 0, then strictly increasing whole days: the series every count reader wants, to reach its rules. */
const series = fc.array(fc.record({ gap: fc.integer({ min: 1, max: 35 }), count, weightKg: fc.option(weight, { nil: undefined }) }), { maxLength: 12 })
  .chain((rest) => count.map((first) => {
    let day = 0;
    return [{ day: 0, count: first }, ...rest.map(({ gap, count: c, weightKg }) => {
      day += gap;
      return weightKg === undefined ? { day, count: c } : { day, count: c, weightKg };
    })];
  }));
const countEntry = near({ day: fc.integer({ min: -1, max: 3700 }), count, weightKg: weight });
const counts = fc.oneof(series, withHole(series), listOf(countEntry, 12));

const titrationInput = near({
  agent: pick(titrationAgents),
  weightKg: weight,
  counts,
  options: near({
    ruleset: pick(rulesets), ageYears: age, eastAsianAncestry: fc.boolean(), hepaticImpairment: fc.boolean(), cypInteraction: pick(cypInteractions),
  }),
});

const caseInput = near({
  ageYears: age, count, bleeding: pick(bleedingLevels), monthsSinceDiagnosis: fc.double({ min: 0, max: 1200, noNaN: true }),
  prior: listOf(near({ therapy: pick(priorTherapies), outcome: pick(priorOutcomes) }), 6),
  pregnant: fc.boolean(), gestationWeeks: fc.double({ min: 0, max: 44, noNaN: true }), deliveryPlanned: fc.boolean(),
  anticoagulants: fc.boolean(), procedurePlanned: fc.boolean(), qualityOfLifeImpaired: fc.boolean(),
});

const patient = near({
  weightKg: weight, heightCm: height, ageYears: age, bsaFormula: pick(bsaFormulas), rhD: pick(['positive', 'negative']),
  splenectomised: fc.boolean(), haemoglobinGdL: fc.double({ min: 3, max: 25, noNaN: true }), datNegative: fc.boolean(), pregnant: fc.boolean(),
  hepaticImpairment: fc.boolean(), weightConfirmed: fc.boolean(), prednisoneRule: pick(prednisoneRules),
});

/** The engine's own plans, rules and recommendations, as pages pass them back to the formatters. */
const plans = regimenIds.flatMap((id) => {
  const plan = planRegimen(id, { weightKg: 70, heightCm: 170, ageYears: 40, rhD: 'positive', splenectomised: false, haemoglobinGdL: 12 });
  return plan.ok ? [plan] : [];
});
const items = plans.flatMap((plan) => plan.value.items);
const doseRules = regimenIds.flatMap((id) => ageGroups.flatMap((group) => {
  const rules = regimenRules(id, { ageGroup: group });
  return rules.ok ? rules.value.items.map((item) => item.dose) : [];
}));
const someCases = [...enumerateCases()].filter((_case, index) => index % 20_000 === 0);
const advice = someCases.flatMap((input) => {
  const result = recommend(input);
  return result.ok ? [{ input, advice: result.value, notes: result.warnings }] : [];
});
const sources = Object.values(allAgents);
const unit = fc.oneof(pick(['mg', 'mcg', 'g', 'units', 'mL', 'kg']), texts);
const doseLike = near({ amount: numbers, amountMax: numbers, unit });
const numberRule = orAny(fc.oneof(pick(Object.values(ranges)), near({
  label: texts, min: numbers, max: numbers, unit: texts, integer: fc.boolean(), example: texts,
})));
const field = orAny(texts);
const vector = fc.oneof(pick(titrationVectors), pick(titrationVectors).chain((v) => near({ ...constants(v), check: near({ ...constants(v.check), expected: anyValue }) })), anyValue);
const noteList = listOf(near({ code: texts, message: texts, citation: texts }), 4);

/** Arguments per function name; every argument list may also be anything (`orAny` on each). */
export const argumentTable: Readonly<Record<string, fc.Arbitrary<unknown[]>>> = {
  citationKey: fc.tuple(orAny(pick(referenceKeys.map((key) => `${key} §2.1`)))),
  bodySurfaceArea: fc.tuple(near({ weightKg: weight, heightCm: height, formula: pick(bsaFormulas) })),
  itpPhase: fc.tuple(near({ monthsSinceDiagnosis: fc.double({ min: -1, max: 1300, noNaN: true }) })),
  assessResponse: fc.tuple(near({ baselineCount: count, counts, bleeding: fc.boolean() })),
  planRegimen: fc.tuple(orAny(pick(regimenIds)), patient),
  regimenName: fc.tuple(orAny(pick(regimenIds))),
  regimenRules: fc.tuple(orAny(pick(regimenIds)), near({ ageGroup: pick(ageGroups), prednisoneRule: pick(prednisoneRules), pregnant: fc.boolean() })),
  formatDoseRule: fc.tuple(orAny(fc.oneof(pick(doseRules), near({
    basis: pick(['flat', 'weight', 'bsa']), amount: numbers, amountMax: numbers, perKg: numbers, perKgMax: numbers, perM2: numbers, unit,
  })))),
  monthsBetween: fc.tuple(orAny(pick(['2025-01-31', '2026-02-28', '2024-02-29', '2026-13-01'])), orAny(pick(['2026-11-24', '1900-01-01'])), near({ from: texts, to: texts })),
  plateletsToSI: fc.tuple(orAny(typedOrNumber), orAny(pick(plateletUnits)), field),
  weightToKg: fc.tuple(orAny(typedOrNumber), orAny(pick(weightUnits)), field),
  heightToCm: fc.tuple(orAny(typedOrNumber), orAny(pick(heightUnits)), field),
  haemoglobinToGdL: fc.tuple(orAny(typedOrNumber), orAny(pick(haemoglobinUnits)), field),
  readTypedValue: fc.tuple(orAny(typedOrNumber), field, numberRule),
  readNumber: fc.tuple(orAny(numbers), field, numberRule),
  formatNumber: fc.tuple(orAny(numbers), orAny(fc.integer({ min: -1, max: 21 }))),
  formatAmount: fc.tuple(orAny(numbers), orAny(unit), orAny(fc.integer({ min: 0, max: 6 }))),
  formatCount: fc.tuple(orAny(numbers)),
  formatVolume: fc.tuple(orAny(numbers)),
  formatDose: fc.tuple(doseLike),
  formatUnits: fc.tuple(near({ amount: numbers, amountMax: numbers })),
  formatRate: fc.tuple(orAny(numbers), orAny(fc.option(numbers, { nil: undefined })), orAny(unit), orAny(pick(['kg', 'm²']))),
  formatItemDose: fc.tuple(orAny(fc.oneof(pick(items), near({ dose: doseLike, internationalUnits: near({ amount: numbers, amountMax: numbers }), per: pick(['dose', 'day']) })))),
  regimenSummaryText: fc.tuple(orAny(fc.oneof(pick(plans.map((plan) => plan.value)), near({ ...constants(plans[0]?.value ?? {}), basis: near({ weightKg: numbers, ageYears: numbers, ageGroup: texts }) }))), orAny(fc.oneof(pick(plans.map((plan) => plan.warnings)), noteList))),
  drugDisplayName: fc.tuple(orAny(pick(items.map((item) => item.drug)))),
  titrate: fc.tuple(titrationInput),
  monitoringPlan: fc.tuple(titrationInput),
  titrationTable: fc.tuple(orAny(pick(titrationAgents)), orAny(pick(rulesets))),
  titrateWith: fc.tuple(orAny(fc.subarray(sources).map((chosen) => Object.fromEntries(chosen.map((source) => [source.agent, source]))))),
  monitoringPlanWith: fc.tuple(orAny(fc.subarray(sources).map((chosen) => Object.fromEntries(chosen.map((source) => [source.agent, source]))))),
  titrationTableOf: fc.tuple(orAny(pick(sources)), orAny(pick(rulesets))),
  boundText: fc.tuple(near({ lt: numbers, le: numbers, gt: numbers, ge: numbers })),
  romiplostimVolume: fc.tuple(near({ weightKg: weight, perKg: fc.integer({ min: 0, max: 11 }), ruleset: pick(rulesets) })),
  eltrombopagLiverAction: fc.tuple(near({ altTimesReference: fc.double({ min: 0, max: 20, noNaN: true }), confirmed: fc.boolean(), directBilirubinRaised: fc.boolean() })),
  avatrombopagMgPerWeek: fc.tuple(orAny(fc.oneof(pick(avatrombopagLevels), near({ level: numbers, doses: listOf(near({ mg: numbers, timesPerWeek: numbers })) })))),
  fostamatinibReduce: fc.tuple(orAny(pick(fostamatinibReductionLadder.map((step) => step.dailyMg)))),
  fostamatinibBloodPressure: fc.tuple(near({
    systolic: fc.integer({ min: 60, max: 260 }), diastolic: fc.integer({ min: 30, max: 160 }), weeks: fc.integer({ min: 0, max: 30 }),
    currentDailyMg: pick(fostamatinibReductionLadder.map((step) => step.dailyMg)),
  })),
  runVector: fc.tuple(vector),
  vectorAnswer: fc.tuple(vector),
  vectorMatches: fc.tuple(vector),
  workedExample: fc.tuple(vector),
  recommend: fc.tuple(caseInput),
  violations: fc.oneof(
    pick(advice).chain((entry) => fc.tuple(orAny(fc.constant(entry.input)), orAny(fc.constant(entry.advice)), orAny(fc.constant(entry.notes)))),
    fc.tuple(caseInput, near({ urgency: texts, options: listOf(near({ id: texts, deferred: fc.boolean() })), path: listOf(texts) }), noteList),
  ),
};

/** What a function returned when it returns one (titrateWith, monitoringPlanWith) is called with these. */
export const returnedFunctionArguments: Readonly<Record<string, fc.Arbitrary<unknown[]>>> = {
  titrateWith: fc.tuple(titrationInput),
  monitoringPlanWith: fc.tuple(titrationInput),
};
