/**
 * Eltrombopag, PROMACTA US label only (drugs.md §2): oral, once daily, 25 mg steps up to 75 mg.
 * The EU (REVOLADE) thresholds conflict between sources and are not implemented (§2.3, register item 6).
 *
 * The 12.5 mg ↔ 25 mg steps are UNVERIFIED (register item 4). The conservative choice: the engine never
 * takes them. 12.5 mg is kept as a level only because it is a verified start ("consider 12.5 mg" for
 * East-/Southeast-Asian ancestry with hepatic impairment); a step into or out of it is referred to the
 * prescriber, keeping the lower exposure — a decrease or restart holds the drug, an increase keeps 12.5 mg.
 */
import { formatAmount } from '../format/amount';
import { formatNumber } from '../format/number';
import type { Note } from '../result';
import type { AgentSource } from './agent-source';
import { eltrombopagNotes } from './eltrombopag-notes';
import type { AgentTable, RuleTable } from './table';

/** Daily doses, lowest first; level index = position. Maximum 75 mg daily (✔2). */
const dailyMg = [12.5, 25, 50, 75] as const;
const label = 'promacta-uspi §2.1';

/** PROMACTA §2.1 dose adjustments (drugs.md §2.2, ✔2). */
export const eltrombopagRules: RuleTable = {
  held: {
    rules: [
      // Stopped for a high count, now < 150: restart at a daily dose 25 mg lower.
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
      // ≥ 200 to ≤ 400: decrease by 25 mg. Our documented reading of "wait 2 weeks to assess the effects of
      // this and any subsequent dose adjustments": no further decrease within 14 days of a change (§2.2).
      {
        id: 'decrease-high-count', when: { count: { ge: 200, le: 400 } },
        then: 'down', wait: { sinceChange: 14 }, citation: label,
      },
      // Not enough to avoid bleeding after 4 weeks at 75 mg: discontinue (a prompt, DESIGN.md).
      {
        id: 'stop-no-response-at-maximum', when: { count: { lt: 50 }, dose: 'highest', daysAtDose: { ge: 28 } },
        then: 'stop', prompt: true, citation: label,
      },
      // < 50 after at least 2 weeks at the current dose: increase by 25 mg, at most 75 mg.
      { id: 'increase-low-count', when: { count: { lt: 50 } }, then: 'up', wait: { atDose: 14 }, citation: label },
    ],
    otherwise: { id: 'keep', then: 'keep', citation: label },
  },
};

const refer: { floor: Note; unverified: Note } = {
  floor: {
    code: 'eltrombopag-floor',
    message: `There is no verified PROMACTA step below ${formatAmount(12.5, 'mg')} daily: the engine holds and refers to the prescriber.`,
    citation: label,
  },
  unverified: {
    code: 'eltrombopag-low-dose-step',
    message: `UNVERIFIED: the ${formatAmount(12.5, 'mg')} ↔ ${formatAmount(25, 'mg')} steps (a decrease from ${formatAmount(25, 'mg')}, a restart at ${formatAmount(12.5, 'mg')} after stopping from ${formatAmount(25, 'mg')}, an increase from ${formatAmount(12.5, 'mg')}) were not checked against the current PROMACTA label. The engine does not take them: it keeps the lower exposure (holds for a decrease or restart, keeps ${formatAmount(12.5, 'mg')} for an increase) and refers to the prescriber.`,
    citation: label,
  },
};

const daily = (mg: number) => `${formatAmount(mg, 'mg')} once daily`;

export const eltrombopagTable: AgentTable = {
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
      {
        when: { ageYears: { lt: 6 } }, level: 1,
        describe: `child aged ${formatNumber(1)} to ${formatNumber(5)} years`, citation: label,
      },
    ],
    otherwise: {
      level: 2, citation: label,
      describe: `adult or child aged ${formatNumber(6)} years or over, without East- or Southeast-Asian ancestry or hepatic impairment`,
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
        message: `UNVERIFIED: the count interval after stopping eltrombopag was not found in the sources (weekly for at least ${formatNumber(4)} weeks is the avatrombopag rule; romiplostim's is ${formatNumber(2)} weeks). Ask the prescriber.`,
      },
    },
    citation: label,
  },
  tests: [
    {
      test: 'ALT, AST and bilirubin', every: { adjusting: 14, stable: 28 }, citation: 'promacta-uspi §5',
      schedule: `before starting, every ${formatNumber(2)} weeks while the dose is being adjusted, monthly once the dose is stable`,
    },
    {
      test: 'Eye examination for cataracts', every: null, citation: 'promacta-uspi §5',
      schedule: 'before starting and during treatment',
    },
  ],
  notes: eltrombopagNotes,
};

export const eltrombopagSource: AgentSource = () => ({ table: eltrombopagTable, notes: [] });
