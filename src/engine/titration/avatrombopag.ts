/**
 * Avatrombopag (DOPTELET), adults, US label (drugs.md §3): the declared entry point for this agent. Six
 * dose levels, one level up or down at a time, judged after 2 weeks. The label covers children from 1 year
 * since July 2025, but their starting doses and titration are UNVERIFIED (register item 8): children are
 * refused at input with words that say so, not "adults only".
 */
import { finite, listOf, record, shaped } from '../shape';
import { formatAmount } from '../format/amount';
import { formatNumber as n } from '../format/number';
import type { Note } from '../result';
import type { AgentSource } from './agent-source';
import type { Eligibility } from './eligibility';
import { responseRows } from './response-rows';
import type { AgentTable, RuleTable } from './table';
import { adultAgeYears } from './types';

const label = 'doptelet-uspi §2';
const mg = (amount: number) => formatAmount(amount, 'mg');

export interface AvatrombopagLevel {
  /** The label's level, 1 to 6. */
  level: number;
  /** Each tablet dose and how many times a week it is taken. */
  doses: readonly { mg: number; timesPerWeek: number }[];
  /** The label's alternative with the same weekly total (level 2: 40 mg once a week). */
  alternative?: { mg: number; timesPerWeek: number };
  schedule: string;
}

/**
 * The six levels for adults (drugs.md §3.1, ✔2). Level 4, 20 mg once daily, is the standard start; the
 * maximum is 40 mg once daily. The day patterns for levels 2 and 3 are examples from the EU text.
 */
export const avatrombopagLevels: readonly AvatrombopagLevel[] = [
  { level: 1, doses: [{ mg: 20, timesPerWeek: 1 }], schedule: `${mg(20)} once a week, on the same weekday, with food` },
  {
    level: 2, doses: [{ mg: 20, timesPerWeek: 2 }], alternative: { mg: 40, timesPerWeek: 1 },
    schedule: `${mg(20)} twice a week on non-consecutive days (e.g. Monday and Friday), or ${mg(40)} once a week, with food`,
  },
  {
    level: 3, doses: [{ mg: 20, timesPerWeek: 3 }],
    schedule: `${mg(20)} three times a week on non-consecutive days (e.g. Monday, Wednesday and Friday), with food`,
  },
  { level: 4, doses: [{ mg: 20, timesPerWeek: 7 }], schedule: `${mg(20)} once daily, with food` },
  {
    level: 5, doses: [{ mg: 40, timesPerWeek: 3 }, { mg: 20, timesPerWeek: 4 }],
    schedule: `${mg(40)} on three days a week and ${mg(20)} on the other four days, with food`,
  },
  { level: 6, doses: [{ mg: 40, timesPerWeek: 7 }], schedule: `${mg(40)} once daily, with food` },
];

const isLevel = record({ doses: listOf(record({ mg: finite, timesPerWeek: finite })) });

/** Total mg a week at a level; undefined for anything that is not a level with finite doses. */
export function avatrombopagMgPerWeek(level: AvatrombopagLevel): number | undefined {
  const doses = shaped<AvatrombopagLevel>(level, isLevel)?.doses;
  const total = doses?.reduce((sum, dose) => sum + dose.mg * dose.timesPerWeek, 0);
  return total !== undefined && Number.isFinite(total) ? total : undefined;
}

// The paediatric label (drugs.md §3; guidelines.md §8.1): said exactly, with what the tool does about it.
const children = `Since July 2025 the DOPTELET label also covers children from ${n(1)} year with persistent or chronic ITP (DOPTELET SPRINKLE from ${n(1)} to under ${n(6)} years, tablets from ${n(6)} years; not interchangeable mg for mg). Their starting doses and titration are not in the sources this tool is built from, so it does not yet titrate children on avatrombopag: follow the current DOPTELET label.`;

const eligibility: Eligibility = {
  rulesets: ['us-label'], minAgeYears: adultAgeYears, tooYoung: children,
  ageRequired: false, dosedByWeight: false, reads: ['cypInteraction', 'eastAsianAncestry', 'hepaticImpairment'],
};

/** DOPTELET §2 titration table for ITP (drugs.md §3.3, ✔2). Level index = label level − 1. */
export const avatrombopagRules: RuleTable = {
  held: {
    rules: [
      {
        id: 'restart-lowest-level', when: { count: { lt: 150 }, dose: 'lowest' }, then: 'resume-same', citation: label,
        reading: `the label restarts one level lower, and there is no level below level ${n(1)}: the engine restarts at level ${n(1)} (${avatrombopagLevels[0].schedule}), rather than leave the patient without a restart.`,
      },
      // Stopped for a high count, now < 150: restart one level below the level stopped.
      { id: 'restart-one-level-lower', when: { count: { lt: 150 } }, then: 'resume-lower', citation: label },
    ],
    // ≥ 150: stay off, count twice weekly.
    otherwise: { id: 'stay-off', then: 'stay-held', citation: label },
  },
  dosing: {
    rules: [
      // > 400 after 2 weeks at level 1 (20 mg once a week): discontinue.
      {
        id: 'stop-high-at-lowest-level', when: { count: { gt: 400 }, dose: 'lowest', daysAtDose: { ge: 14 } },
        then: 'stop', citation: label,
      },
      // < 50 after 4 weeks at level 6 (40 mg daily): discontinue (a prompt, DESIGN.md); a low count after a
      // response at level 6 keeps the level (response-rows.ts).
      ...responseRows({ daysAtDose: { ge: 28 } }, 28, label),
      { id: 'stop-high-count', when: { count: { gt: 400 } }, then: 'hold', citation: label },
      // "Between 200 and 400" in words: read as inclusive at both ends (UNVERIFIED symbols; our reading,
      // conservative against thrombosis, W48). Its wait read as eltrombopag's (drugs.md §2.2): a decrease is
      // taken at once after a start, an increase or a restart; only a further decrease waits 14 days.
      {
        id: 'decrease-high-count', when: { count: { ge: 200, le: 400 } },
        then: 'down', wait: { sinceDecrease: 14 }, citation: label,
      },
      // < 50 after at least 2 weeks: one level up.
      { id: 'increase-low-count', when: { count: { lt: 50 } }, then: 'up', wait: { atDose: 14 }, citation: label },
    ],
    otherwise: { id: 'keep', then: 'keep', citation: label },
  },
};

const notes: readonly Note[] = [
  {
    code: 'avatrombopag-band-reading',
    message: `The label says "between ${n(200)} and ${n(400)}" in words. Reading (ours, conservative against thrombosis and consistent with eltrombopag's "≥ ${n(200)} to ≤ ${n(400)}"): both ${n(200)} and ${n(400)} lower the dose by one level and ${n(401)} stops it. The exact symbols are UNVERIFIED.`,
    citation: label,
  },
  {
    code: 'avatrombopag-decrease-wait',
    message: `Reading (ours): a count of ${n(200)} to ${n(400)} lowers the level at any time, also within ${n(2)} weeks of a start, an increase or a restart (thrombosis risk); the label's ${n(2)}-week wait is for judging a change, so only a further decrease waits ${n(14)} days after a decrease. A count above ${n(400)} stops the drug at any time. Increases need ≥ ${n(14)} days at the current level.`,
    citation: label,
  },
  { code: 'avatrombopag-administration', message: 'Take with food; there is no calcium or cation restriction.', citation: label },
  { code: 'avatrombopag-children', message: `${children} Switching between sprinkle and tablets needs weekly counts until stable again.`, citation: 'doptelet-uspi §1.3, §2' },
  {
    code: 'avatrombopag-warnings',
    message: 'Watch for thrombotic and thromboembolic complications. The aim is a count that lowers the bleeding risk, not a normal count.',
    citation: 'doptelet-uspi',
  },
];

/** Shown when East-Asian ancestry or hepatic impairment is given: neither changes the start (✔1). */
const noStartChange: Note = {
  code: 'avatrombopag-no-start-change',
  message: "East-Asian ancestry and hepatic impairment do not change the avatrombopag start level (manufacturer's dosing page).",
};

const table: AgentTable = {
  agent: 'avatrombopag', ruleset: 'us-label',
  title: 'DOPTELET (avatrombopag) US prescribing information, ITP titration table for adults (us-label)',
  citation: label,
  start: {
    // drugs.md §3.2 (✔2).
    rows: [
      { when: { cypInteraction: 'dual-inhibitor' }, level: 2, citation: label, describe: 'taking a moderate or strong dual CYP2C9 and CYP3A4 inhibitor' },
      { when: { cypInteraction: 'dual-inducer' }, level: 5, citation: label, describe: 'taking a moderate or strong dual CYP2C9 and CYP3A4 inducer' },
    ],
    otherwise: { level: 3, describe: 'standard start', citation: label },
  },
  rules: avatrombopagRules,
  levels: avatrombopagLevels.length,
  unverifiedLevels: [],
  present: (index) => {
    const level = avatrombopagLevels[index];
    const amounts = level.doses.map((dose) => dose.mg);
    const amount = Math.min(...amounts);
    const amountMax = Math.max(...amounts);
    return {
      dose: { amount, ...(amountMax > amount ? { amountMax } : {}), unit: 'mg', capped: index === avatrombopagLevels.length - 1 },
      schedule: level.schedule,
      short: `level ${n(level.level)} (${level.schedule})`,
      extras: { level: level.level, mgPerWeek: avatrombopagMgPerWeek(level) },
      notes: [],
    };
  },
  stepWords: () => 'one level',
  refer: {
    floor: {
      code: 'avatrombopag-floor',
      message: `There is no level below level ${n(1)} (${avatrombopagLevels[0].schedule}): a decrease due there stops the drug for now, and it restarts at level ${n(1)} once the count is < ${n(150)} (our reading: the label's restart one level lower cannot be taken there).`,
      citation: label,
    },
  },
  counts: {
    dosing: { days: 7, words: 'weekly until stable' },
    stable: { days: 28, words: 'monthly (stable)' },
    // Twice weekly: every 3 to 4 days; the earlier day is given.
    held: { days: 3, words: 'twice weekly while stopped' },
    afterStop: { every: { days: 7, words: 'weekly after stopping' }, forDays: 28 },
    citation: label,
  },
  tests: [],
  notes,
};

/** Avatrombopag (DOPTELET) for `titrateWith`, `monitoringPlanWith` and `titrationTableOf`. */
export const avatrombopagSource: AgentSource<'avatrombopag'> = {
  agent: 'avatrombopag',
  eligibility,
  label: () => table,
  table: (input) => ({ table, notes: input.eastAsianAncestry || input.hepaticImpairment ? [noStartChange] : [] }),
};
