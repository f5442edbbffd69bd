/**
 * Fostamatinib (TAVALISSE), adults with chronic ITP, US label (drugs.md §4.1): the declared entry point
 * for this agent. 100 mg twice daily; 150 mg twice daily after 4 weeks if the count is still < 50; stop
 * at 12 weeks without a sufficient rise. `dose` is one of the two daily doses. The toxicity calculators
 * (the reduction ladder, blood pressure) are in fostamatinib-reduction.ts and fostamatinib-blood-pressure.ts:
 * each takes its own input, and the monitoring helper uses them without the titration table.
 */
import { formatAmount } from '../format/amount';
import { formatNumber as n } from '../format/number';
import type { Note } from '../result';
import type { AgentSource } from './agent-source';
import type { Eligibility } from './eligibility';
import { responseRows } from './response-rows';
import type { AgentTable, RuleTable } from './table';
import { adultAgeYears } from './types';

export { fostamatinibReduce, fostamatinibReductionLadder } from './fostamatinib-reduction';
export type { FostamatinibDailyDose, FostamatinibReduction } from './fostamatinib-reduction';
export { fostamatinibBloodPressure, fostamatinibBloodPressureRules } from './fostamatinib-blood-pressure';
export type { BloodPressureDecision, BloodPressureRule } from './fostamatinib-blood-pressure';

/** Mg per dose, twice daily, lowest first. Maximum 300 mg a day (✔2). */
const mgPerDose = [100, 150] as const;
const label = 'tavalisse-uspi §2.1';

// Adults with chronic ITP (drugs.md §4).
const eligibility: Eligibility = {
  rulesets: ['us-label'], minAgeYears: adultAgeYears,
  tooYoung: `Fostamatinib is indicated for adults (${n(adultAgeYears)} years or over) with chronic ITP; the engine does not dose children.`,
  ageRequired: false, dosedByWeight: false, reads: [],
};

/** TAVALISSE §2.1 (drugs.md §4.1, ✔2). The label has no dose change for a high count. */
export const fostamatinibRules: RuleTable = {
  // Fostamatinib is never held for a count; the label's interruptions are for toxicity.
  held: { rules: [], otherwise: { id: 'stay-on-hold', then: 'stay-held', citation: label } },
  dosing: {
    rules: [
      // 12 weeks without a rise sufficient to avoid bleeding: discontinue (a prompt, DESIGN.md), at 150 mg twice
      // daily only: a count < 50 on 100 mg goes up first, "after 4 weeks … 150 mg twice daily" (drugs.md §4.1,
      // ✔2; third engine audit: stopped at 100 mg without trying 150 mg). Our reading: the prompt also needs
      // every count at 150 mg < 50 for 4 weeks (the label's "after 4 weeks"), so a patient raised late, or one
      // whose response at 150 mg is lost, has 4 weeks at it before the prompt; a low count after a response
      // keeps 150 mg (response-rows.ts).
      ...responseRows({ dayOfTreatment: { ge: 84 } }, 28, label, 'stop-no-response-at-twelve-weeks'),
      // After 4 weeks, count still < 50: 150 mg twice daily. The one increase, so "at the dose" is "since the start".
      { id: 'increase-after-four-weeks', when: { count: { lt: 50 } }, then: 'up', wait: { atDose: 28 }, citation: label },
    ],
    // Count ≥ 50: keep the lowest effective dose.
    otherwise: { id: 'keep', then: 'keep', citation: label },
  },
};

const notes: readonly Note[] = [
  {
    code: 'fostamatinib-lowest-effective-dose',
    message: `Use the lowest dose that keeps the count ≥ ${n(50)}: a count ≥ ${n(50)} after ${n(4)} weeks keeps ${formatAmount(100, 'mg')} twice daily. Take with or without food; a missed dose is skipped.`,
    citation: label,
  },
  {
    code: 'fostamatinib-toxicity',
    message: `Toxicity: reduce along the label's ladder (${formatAmount(300, 'mg')} → ${formatAmount(200, 'mg')} → ${formatAmount(150, 'mg')} → ${formatAmount(100, 'mg')} a day, then stop); blood pressure has its own rules. UNVERIFIED: the detailed rows for raised transaminases, diarrhoea and neutropenia were not checked: follow the TAVALISSE label table for them.`,
    citation: 'tavalisse-uspi §2.3',
  },
  {
    code: 'fostamatinib-embryo-fetal',
    message: `Embryo-fetal toxicity: pregnancy test before starting in females of reproductive potential; effective contraception during treatment and for at least ${n(1)} month after; no breastfeeding during treatment and for ${n(1)} month after.`,
    citation: 'tavalisse-uspi',
  },
  {
    code: 'fostamatinib-interactions',
    message: 'Interactions to check in the label (details UNVERIFIED): strong CYP3A4 inhibitors (e.g. ketoconazole, itraconazole, clarithromycin) raise exposure; strong CYP3A4 inducers (rifampin) lower it; fostamatinib raises rosuvastatin and digoxin levels.',
    citation: 'tavalisse-uspi',
  },
];

const twiceDaily = (mg: number) => `${formatAmount(mg, 'mg')} twice daily (${formatAmount(mg * 2, 'mg')} a day)`;

const table: AgentTable = {
  agent: 'fostamatinib', ruleset: 'us-label',
  title: 'TAVALISSE (fostamatinib) US prescribing information, dosing for chronic ITP in adults (us-label)',
  citation: label,
  start: { rows: [], otherwise: { level: 0, describe: 'adult with chronic ITP', citation: label } },
  rules: fostamatinibRules,
  levels: mgPerDose.length,
  unverifiedLevels: [],
  present: (level) => {
    const mg = mgPerDose[level];
    return {
      dose: { amount: mg, unit: 'mg', capped: level === mgPerDose.length - 1 },
      schedule: twiceDaily(mg), short: twiceDaily(mg), extras: { mgPerDay: mg * 2 }, notes: [],
    };
  },
  stepWords: (from, to) => `${formatAmount(Math.abs(mgPerDose[to] - mgPerDose[from]), 'mg')} a dose`,
  refer: {
    floor: { code: 'fostamatinib-floor', message: 'There is no lower fostamatinib dose in the titration table: refer to the prescriber.', citation: label },
  },
  counts: {
    dosing: { days: 28, words: 'monthly (CBC) until stable' },
    stable: { days: 28, words: 'regularly once stable, including neutrophils (the label gives no interval; monthly shown)' },
    held: { days: 28, words: 'monthly' },
    afterStop: {
      unstated: {
        code: 'fostamatinib-after-stopping',
        message: 'UNVERIFIED: the sources give no count interval after stopping fostamatinib.',
      },
    },
    citation: 'tavalisse-uspi §2.2',
  },
  tests: [
    { test: 'ALT, AST and bilirubin', schedule: 'monthly', every: { adjusting: 28, stable: 28 }, citation: 'tavalisse-uspi §2.2' },
    {
      test: 'Blood pressure', schedule: `every ${n(2)} weeks until the dose is stable, then monthly`,
      every: { adjusting: 14, stable: 28 }, citation: 'tavalisse-uspi §2.2',
    },
    { test: 'Pregnancy test (females of reproductive potential)', schedule: 'before starting', every: null, citation: 'tavalisse-uspi §2.2' },
  ],
  notes,
};

/** Fostamatinib (TAVALISSE) for `titrateWith`, `monitoringPlanWith` and `titrationTableOf`. */
export const fostamatinibSource: AgentSource<'fostamatinib'> = {
  agent: 'fostamatinib',
  eligibility,
  label: () => table,
  table: () => ({ table, notes: [] }),
};
