/**
 * Eltrombopag, PROMACTA US label (drugs.md §2): oral, once daily, 25 mg steps up to 75 mg; the declared
 * entry point for this agent. The EU (REVOLADE) thresholds conflict between sources and are not
 * implemented (§2.3, register item 6). The liver-test decisions are a calculator of their own, in
 * eltrombopag-liver.ts.
 *
 * The 12.5 mg ↔ 25 mg steps are UNVERIFIED (register item 4): the digest records them as the label's
 * footnotes (25 → 12.5 mg for a decrease, a restart at 12.5 mg after stopping from 25 mg, 12.5 → 25 mg for
 * an increase). Our reading takes them as recorded and says so in each such step: refusing them left a
 * patient on 25 mg held with no restart, or on 12.5 mg never raised (issue #18).
 */
import { formatAmount } from '../format/amount';
import { formatNumber as n } from '../format/number';
import type { Note } from '../result';
import type { AgentSource } from './agent-source';
import type { Eligibility } from './eligibility';
import { messages } from './messages';
import { responseRows } from './response-rows';
import type { AgentTable, RuleTable } from './table';

export { eltrombopagLiverAction, eltrombopagLiverRules } from './eltrombopag-liver';
export type { LiverDecision, LiverRule } from './eltrombopag-liver';

/** Daily doses, lowest first; level index = position. Maximum 75 mg daily (✔2). */
const dailyMg = [12.5, 25, 50, 75] as const;
const label = 'promacta-uspi §2.1';

// PROMACTA from 1 year; the start dose depends on age (drugs.md §2.1). EU table not verified (§2.3).
const eligibility: Eligibility = {
  rulesets: ['us-label'], minAgeYears: 1, tooYoung: messages.belowOneYear('Eltrombopag'),
  ageRequired: true, dosedByWeight: false, reads: ['eastAsianAncestry', 'hepaticImpairment'],
};

/** PROMACTA §2.1 dose adjustments (drugs.md §2.2, ✔2). */
export const eltrombopagRules: RuleTable = {
  held: {
    rules: [
      {
        id: 'restart-lowest-dose', when: { count: { lt: 150 }, dose: 'lowest' }, then: 'resume-same', citation: label,
        reading: `the label restarts ${formatAmount(25, 'mg')} lower, and there is no dose below ${formatAmount(12.5, 'mg')}: the engine restarts at ${formatAmount(12.5, 'mg')}, the lowest strength, rather than leave the patient without a restart.`,
      },
      // Stopped for a high count, now < 150: restart at a daily dose 25 mg lower (from 25 mg: 12.5 mg, UNVERIFIED).
      { id: 'restart-lower', when: { count: { lt: 150 } }, then: 'resume-lower', citation: label },
    ],
    // ≥ 150: stay off, count twice weekly.
    otherwise: { id: 'stay-off', then: 'stay-held', citation: label },
  },
  dosing: {
    rules: [
      // > 400 after 2 weeks at the lowest dose: discontinue permanently.
      {
        id: 'stop-high-at-lowest-dose', when: { count: { gt: 400 }, dose: 'lowest', daysAtDose: { ge: 14 } },
        then: 'stop', citation: label,
      },
      // > 400: stop (a hold with a restart rule) and count twice weekly. Applies at any time.
      { id: 'stop-high-count', when: { count: { gt: 400 } }, then: 'hold', citation: label },
      // ≥ 200 to ≤ 400 "at any time": decrease by 25 mg. Our reading of "wait 2 weeks to assess the effects
      // of this and any subsequent dose adjustments": the wait is for judging a change, never for delaying a
      // decrease after a start, an increase or a restart (thrombosis risk); only a further decrease waits
      // 14 days after a decrease, whose effect is then being judged (W30). At 12.5 mg it holds (effects.ts).
      {
        id: 'decrease-high-count', when: { count: { ge: 200, le: 400 } },
        then: 'down', wait: { sinceDecrease: 14 }, citation: label,
      },
      // Not enough to avoid bleeding after 4 weeks at 75 mg: discontinue (a prompt, DESIGN.md); a low count
      // after a response at 75 mg keeps the dose (response-rows.ts).
      ...responseRows({ daysAtDose: { ge: 28 } }, 28, label),
      // < 50 after at least 2 weeks at the current dose: increase by 25 mg (from 12.5 mg: to 25 mg), at most 75 mg.
      { id: 'increase-low-count', when: { count: { lt: 50 } }, then: 'up', wait: { atDose: 14 }, citation: label },
    ],
    otherwise: { id: 'keep', then: 'keep', citation: label },
  },
};

const notes: readonly Note[] = [
  {
    code: 'eltrombopag-product',
    message: `Doses are for PROMACTA (eltrombopag olamine) and generic eltrombopag olamine. ALVAIZ (eltrombopag choline) is not interchangeable mg for mg and is not titrated here: a patient on PROMACTA ${formatAmount(50, 'mg')} is not switched to ALVAIZ ${formatAmount(50, 'mg')}.`,
    citation: 'alvaiz-uspi',
  },
  {
    code: 'eltrombopag-food-and-cations',
    message: `Take without a meal or with a meal low in calcium (≤ ${formatAmount(50, 'mg')} calcium), at least ${n(2)} hours before or ${n(4)} hours after antacids, dairy products, calcium-fortified foods and mineral supplements containing iron, calcium, aluminium, magnesium, selenium or zinc.`,
    citation: 'promacta-uspi',
  },
  {
    code: 'eltrombopag-hepatotoxicity',
    message: `Boxed warning, hepatotoxicity: measure ALT, AST and bilirubin before starting, every ${n(2)} weeks while the dose is being adjusted and monthly once it is stable; fractionate a raised bilirubin. Repeat any abnormal result within ${n(3)} to ${n(5)} days; if confirmed, test weekly until it resolves, stabilises or returns to baseline. Stop eltrombopag if ALT is ≥ ${n(3)}× the upper limit of normal (≥ ${n(3)}× baseline when the baseline was raised) and it is rising progressively, persists for ≥ ${n(4)} weeks, comes with a raised direct bilirubin, or with symptoms of liver injury or signs of hepatic decompensation.`,
    citation: 'promacta-uspi boxed warning; §5',
  },
  {
    code: 'eltrombopag-decrease-wait',
    message: `Reading (ours): a count of ${n(200)} to ${n(400)} lowers the dose at any time, also within ${n(2)} weeks of a start, an increase or a restart (thrombosis risk); the label's ${n(2)}-week wait is for judging a change, so only a further decrease waits ${n(14)} days after a decrease. A count above ${n(400)} stops the drug at any time. Increases need ≥ ${n(14)} days at the current dose.`,
    citation: label,
  },
  {
    code: 'eltrombopag-warnings',
    message: 'Also watch for thrombotic and thromboembolic complications, progression of myelodysplastic syndromes, and cataracts (examine the eyes before and during treatment). The aim is a count that lowers the bleeding risk, not a normal count.',
    citation: 'promacta-uspi §5',
  },
];

const refer: { floor: Note; unverified: Note } = {
  floor: {
    code: 'eltrombopag-floor',
    message: `There is no PROMACTA dose below ${formatAmount(12.5, 'mg')} daily: a decrease due at ${formatAmount(12.5, 'mg')} stops the drug for now, and it restarts at ${formatAmount(12.5, 'mg')} once the count is < ${n(150)} (our reading: the label's restart ${formatAmount(25, 'mg')} lower cannot be taken there).`,
    citation: label,
  },
  unverified: {
    code: 'eltrombopag-low-dose-step',
    message: `UNVERIFIED: the ${formatAmount(12.5, 'mg')} ↔ ${formatAmount(25, 'mg')} steps (a decrease from ${formatAmount(25, 'mg')}, a restart at ${formatAmount(12.5, 'mg')} after stopping from ${formatAmount(25, 'mg')}, an increase from ${formatAmount(12.5, 'mg')}) are the label's footnotes as our sources record them, not checked against the current PROMACTA label. Our reading takes them, since refusing them leaves a patient held with no restart or never raised; each such step says so. Check the current label.`,
    citation: label,
  },
};

const daily = (mg: number) => `${formatAmount(mg, 'mg')} once daily`;

const table: AgentTable = {
  agent: 'eltrombopag', ruleset: 'us-label',
  title: 'PROMACTA (eltrombopag olamine) US prescribing information, dose adjustment table (us-label)',
  citation: label,
  start: {
    // drugs.md §2.1 (✔2), first matching row wins.
    rows: [
      {
        when: { eastAsianAncestry: true, hepaticImpairment: true }, level: 0, consider: true,
        describe: 'East- or Southeast-Asian ancestry with hepatic impairment', citation: label,
      },
      { when: { eastAsianAncestry: true }, level: 1, describe: 'East- or Southeast-Asian ancestry', citation: label },
      { when: { hepaticImpairment: true }, level: 1, describe: 'hepatic impairment (Child-Pugh A, B or C)', citation: label },
      // "Child 1–5 y": ages from the first to the sixth birthday; under 1 year is refused at input.
      { when: { ageYears: { lt: 6 } }, level: 1, describe: `child aged ${n(1)} to ${n(5)} years`, citation: label },
    ],
    otherwise: {
      level: 2, citation: label,
      describe: `adult or child aged ${n(6)} years or over, without East- or Southeast-Asian ancestry or hepatic impairment`,
    },
  },
  rules: eltrombopagRules,
  levels: dailyMg.length,
  unverifiedLevels: [0],
  present: (level) => {
    const mg = dailyMg[level];
    return {
      dose: { amount: mg, unit: 'mg', capped: level === dailyMg.length - 1 },
      schedule: daily(mg), short: daily(mg), extras: { mgPerDay: mg }, notes: [],
    };
  },
  stepWords: (from, to) => formatAmount(Math.abs(dailyMg[to] - dailyMg[from]), 'mg'),
  refer,
  counts: {
    dosing: { days: 7, words: 'weekly (CBC with differential) until stable' },
    stable: { days: 28, words: 'monthly (stable)' },
    // Twice weekly: every 3 to 4 days; the earlier day is given.
    held: { days: 3, words: 'twice weekly while stopped' },
    afterStop: {
      unstated: {
        code: 'eltrombopag-after-stopping',
        message: `UNVERIFIED: the count interval after stopping eltrombopag was not found in the sources (avatrombopag's label asks for weekly counts for at least ${n(4)} weeks, romiplostim's for ${n(2)} weeks).`,
      },
    },
    citation: label,
  },
  tests: [
    {
      test: 'ALT, AST and bilirubin', every: { adjusting: 14, stable: 28 }, citation: 'promacta-uspi §5',
      schedule: `before starting, every ${n(2)} weeks while the dose is being adjusted, monthly once the dose is stable`,
    },
    { test: 'Eye examination for cataracts', every: null, citation: 'promacta-uspi §5', schedule: 'before starting and during treatment' },
  ],
  notes,
};

/** Eltrombopag (PROMACTA) for `titrateWith`, `monitoringPlanWith` and `titrationTableOf`. */
export const eltrombopagSource: AgentSource<'eltrombopag'> = {
  agent: 'eltrombopag',
  eligibility,
  label: () => table,
  table: () => ({ table, notes: [] }),
};
