/**
 * Romiplostim weekly titration tables as data (drugs.md §1.2, §1.3). First matching row wins, within the
 * group for the patient's state. Levels are mcg/kg − 1: level 0 = 1 mcg/kg, level 9 = 10 mcg/kg.
 */
import type { RuleTable } from './table';

const us = 'nplate-uspi §2.2';

/** Nplate US prescribing information §2.2 (✔2). */
export const romiplostimUsRules: RuleTable = {
  held: {
    rules: [
      // On hold and the count has fallen below 200: restart at the previous dose minus 1 mcg/kg.
      { id: 'restart-one-lower', when: { count: { lt: 200 } }, then: 'resume-lower', citation: us },
    ],
    // Still ≥ 200: no dose, count again next week.
    otherwise: { id: 'stay-on-hold', then: 'stay-held', citation: us },
  },
  dosing: {
    rules: [
      { id: 'hold-high-count', when: { count: { gt: 400 } }, then: 'hold', citation: us },
      // "> 200 and ≤ 400 for 2 consecutive weeks" (register item 1: same behaviour as the older "> 200").
      // The two weeks are this assessment and the one before it.
      {
        id: 'decrease-two-high-weeks', when: { count: { gt: 200, le: 400 }, previousCount: { gt: 200 } },
        then: 'down', citation: us,
      },
      // Stop rule: "after 4 weeks at 10 mcg/kg" not enough to avoid bleeding — our proxy, count still < 50
      // 28 days after reaching 10 mcg/kg; a prompt for the prescriber (§1.2).
      {
        id: 'stop-no-response-at-maximum', when: { count: { lt: 50 }, dose: 'highest', daysAtDose: { ge: 28 } },
        then: 'stop', prompt: true, citation: us,
      },
      // Never above 10 mcg/kg: at the top, the walker keeps the maximum.
      { id: 'increase-low-count', when: { count: { lt: 50 } }, then: 'up', citation: us },
    ],
    // 50 ≤ count ≤ 200, or only one week above 200.
    otherwise: { id: 'keep', then: 'keep', citation: us },
  },
};

const eu = 'nplate-smpc §4.2';

/** Nplate EU SmPC §4.2 (✔1): lower cut-offs than the US label; the stop rule is the same. */
export const romiplostimEuRules: RuleTable = {
  held: {
    rules: [{ id: 'restart-one-lower', when: { count: { lt: 150 } }, then: 'resume-lower', citation: eu }],
    otherwise: { id: 'stay-on-hold', then: 'stay-held', citation: eu },
  },
  dosing: {
    rules: [
      { id: 'hold-high-count', when: { count: { gt: 250 } }, then: 'hold', citation: eu },
      {
        id: 'decrease-two-high-weeks', when: { count: { gt: 150, le: 250 }, previousCount: { gt: 150 } },
        then: 'down', citation: eu,
      },
      {
        id: 'stop-no-response-at-maximum', when: { count: { lt: 50 }, dose: 'highest', daysAtDose: { ge: 28 } },
        then: 'stop', prompt: true, citation: eu,
      },
      { id: 'increase-low-count', when: { count: { lt: 50 } }, then: 'up', citation: eu },
    ],
    otherwise: { id: 'keep', then: 'keep', citation: eu },
  },
};
