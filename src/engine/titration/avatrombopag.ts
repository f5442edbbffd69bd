/**
 * Avatrombopag (DOPTELET), adults, US label (drugs.md §3): six dose levels, one level up or down at a
 * time, judged after 2 weeks. Paediatric dosing is UNVERIFIED and refused at input (register item 8).
 */
import { formatNumber } from '../format/number';
import type { AgentSource } from './agent-source';
import { avatrombopagLevels, mgPerWeek } from './avatrombopag-levels';
import { avatrombopagNoStartChange, avatrombopagNotes } from './avatrombopag-notes';
import type { AgentTable, RuleTable } from './table';

const label = 'doptelet-uspi §2';

/** DOPTELET §2 titration table for ITP (drugs.md §3.3, ✔2). Level index = label level − 1. */
export const avatrombopagRules: RuleTable = {
  held: {
    rules: [
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
      // < 50 after 4 weeks at level 6 (40 mg daily): discontinue (a prompt, DESIGN.md).
      {
        id: 'stop-no-response-at-maximum', when: { count: { lt: 50 }, dose: 'highest', daysAtDose: { ge: 28 } },
        then: 'stop', prompt: true, citation: label,
      },
      { id: 'stop-high-count', when: { count: { gt: 400 } }, then: 'hold', citation: label },
      // "Between 200 and 400" in words: read as inclusive at both ends (UNVERIFIED symbols; documented
      // choice, conservative against thrombosis, W48). Waiting rule read as for eltrombopag (drugs.md §2.2).
      {
        id: 'decrease-high-count', when: { count: { ge: 200, le: 400 } },
        then: 'down', wait: { sinceChange: 14 }, citation: label,
      },
      // < 50 after at least 2 weeks: one level up.
      { id: 'increase-low-count', when: { count: { lt: 50 } }, then: 'up', wait: { atDose: 14 }, citation: label },
    ],
    otherwise: { id: 'keep', then: 'keep', citation: label },
  },
};

export const avatrombopagTable: AgentTable = {
  agent: 'avatrombopag', ruleset: 'us-label',
  title: 'DOPTELET (avatrombopag) US prescribing information, ITP titration table for adults (us-label)',
  citation: label,
  start: {
    // drugs.md §3.2 (✔2).
    rows: [
      {
        when: { cypInteraction: 'dual-inhibitor' }, level: 2, citation: label,
        describe: 'taking a moderate or strong dual CYP2C9 and CYP3A4 inhibitor',
      },
      {
        when: { cypInteraction: 'dual-inducer' }, level: 5, citation: label,
        describe: 'taking a moderate or strong dual CYP2C9 and CYP3A4 inducer',
      },
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
      short: `level ${formatNumber(level.level)} (${level.schedule})`,
      extras: { level: level.level, mgPerWeek: mgPerWeek(level) },
      notes: [],
    };
  },
  stepWords: () => 'one level',
  refer: {
    floor: {
      code: 'avatrombopag-floor',
      message: `There is no level below level ${formatNumber(1)} (${avatrombopagLevels[0].schedule}): the engine holds and refers to the prescriber.`,
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
  notes: avatrombopagNotes,
};

export const avatrombopagSource: AgentSource = (input) => ({
  table: avatrombopagTable,
  notes: input.eastAsianAncestry || input.hepaticImpairment ? [avatrombopagNoStartChange] : [],
});
