/**
 * Fostamatinib (TAVALISSE), adults with chronic ITP, US label (drugs.md §4.1): 100 mg twice daily; 150 mg
 * twice daily after 4 weeks if the count is still < 50; stop at 12 weeks without a sufficient rise.
 * `dose` is one of the two daily doses. Toxicity reductions are in fostamatinib-reduction.ts.
 */
import { formatAmount } from '../format/amount';
import { formatNumber } from '../format/number';
import type { AgentSource } from './agent-source';
import { fostamatinibNotes } from './fostamatinib-notes';
import type { AgentTable, RuleTable } from './table';

/** Mg per dose, twice daily, lowest first. Maximum 300 mg a day (✔2). */
const mgPerDose = [100, 150] as const;
const label = 'tavalisse-uspi §2.1';

/** TAVALISSE §2.1 (drugs.md §4.1, ✔2). The label has no dose change for a high count. */
export const fostamatinibRules: RuleTable = {
  // Fostamatinib is never held for a count; the label's interruptions are for toxicity.
  held: { rules: [], otherwise: { id: 'stay-on-hold', then: 'stay-held', citation: label } },
  dosing: {
    rules: [
      // 12 weeks without a rise sufficient to avoid bleeding: discontinue (a prompt, DESIGN.md).
      {
        id: 'stop-no-response-at-twelve-weeks', when: { count: { lt: 50 }, dayOfTreatment: { ge: 84 } },
        then: 'stop', prompt: true, citation: label,
      },
      // After 4 weeks, count still < 50: 150 mg twice daily.
      { id: 'increase-after-four-weeks', when: { count: { lt: 50 } }, then: 'up', wait: { atDose: 28 }, citation: label },
    ],
    // Count ≥ 50: keep the lowest effective dose.
    otherwise: { id: 'keep', then: 'keep', citation: label },
  },
};

const twiceDaily = (mg: number) => `${formatAmount(mg, 'mg')} twice daily (${formatAmount(mg * 2, 'mg')} a day)`;

export const fostamatinibTable: AgentTable = {
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
        message: 'The sources give no count interval after stopping fostamatinib: ask the prescriber.',
      },
    },
    citation: 'tavalisse-uspi §2.2',
  },
  tests: [
    { test: 'ALT, AST and bilirubin', schedule: 'monthly', every: { adjusting: 28, stable: 28 }, citation: 'tavalisse-uspi §2.2' },
    {
      test: 'Blood pressure', schedule: `every ${formatNumber(2)} weeks until the dose is stable, then monthly`,
      every: { adjusting: 14, stable: 28 }, citation: 'tavalisse-uspi §2.2',
    },
    {
      test: 'Pregnancy test (females of reproductive potential)', schedule: 'before starting',
      every: null, citation: 'tavalisse-uspi §2.2',
    },
  ],
  notes: fostamatinibNotes,
};

export const fostamatinibSource: AgentSource = () => ({ table: fostamatinibTable, notes: [] });
