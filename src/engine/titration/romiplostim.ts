/**
 * Romiplostim (Nplate), subcutaneous, once weekly (drugs.md §1): the declared entry point for this agent.
 * 1 mcg/kg to start, steps of 1 mcg/kg, never above 10 mcg/kg, dosed by actual body weight (at initiation
 * in adults; children are reweighed). Its two label tables are in romiplostim-rules.ts and how a dose is drawn
 * up (exact volume, vial, dilution) in romiplostim-preparation.ts.
 */
import type { Dose } from '../dose';
import { formatAmount } from '../format/amount';
import { formatNumber } from '../format/number';
import { checkWeight } from '../growth/weight-plausibility';
import type { FieldError, Note } from '../result';
import type { AgentSource, InputFor } from './agent-source';
import { boundText } from './bounds';
import type { Eligibility } from './eligibility';
import { messages } from './messages';
import { romiplostimEuRules, romiplostimUsRules } from './romiplostim-rules';
import { prepare, preparationNotes, smallDoseMcg, smallDoseUndiluted, unmeasurable } from './romiplostim-preparation';
import type { AgentTable, Presented, RuleTable } from './table';
import { adultAgeYears, type Ruleset } from './types';

export { romiplostimVolume, smallDoseMcg as romiplostimSmallDoseMcg } from './romiplostim-preparation';
export { romiplostimEuRules, romiplostimUsRules } from './romiplostim-rules';

const maxPerKg = 10;
/** Children are reweighed every 12 weeks (84 days) (EU SmPC text; US medication pages: ✔2). */
export const romiplostimReweighDays = 84;

// Adults and children ≥ 1 year (drugs.md §1); US and EU tables.
const eligibility: Eligibility = {
  rulesets: ['us-label', 'eu-smpc'], minAgeYears: 1, tooYoung: messages.belowOneYear('Romiplostim'),
  ageRequired: false, dosedByWeight: true, reads: [],
};

interface RulesetData {
  title: string;
  /** The table's own label: the start row and the rows cite it (the monitoring rules are the US label's, §1.4). */
  citation: 'nplate-uspi §2.2' | 'nplate-smpc §4.2';
  rules: RuleTable;
  notes: readonly Note[];
}

/**
 * A dosing row's lower count bound in symbols ("> 150"), read from the table itself, so that the words about
 * the cut-offs can never drift from the rows that apply them (issue #18).
 */
function cutOff(rules: RuleTable, id: 'decrease-two-high-weeks' | 'hold-high-count'): string {
  return rules.dosing.rules.filter((rule) => rule.id === id).map(({ when }) => boundText({ gt: when.count?.gt })).join('');
}

const rulesets: Record<Ruleset, RulesetData> = {
  'us-label': {
    title: 'Nplate (romiplostim) US prescribing information, weekly titration table (us-label)',
    citation: 'nplate-uspi §2.2', rules: romiplostimUsRules, notes: [],
  },
  'eu-smpc': {
    title: 'Nplate (romiplostim) EU summary of product characteristics, weekly titration table with its lower cut-offs (eu-smpc)',
    citation: 'nplate-smpc §4.2', rules: romiplostimEuRules,
    notes: [{
      code: 'romiplostim-eu-cutoffs',
      // The SmPC's higher cut-offs are the US table's own (drugs.md §1.3 against §1.2).
      message: `When counts fall abruptly after reductions, the SmPC lets the prescriber use higher cut-offs: reduce at ${cutOff(romiplostimUsRules, 'decrease-two-high-weeks')} and interrupt at ${cutOff(romiplostimUsRules, 'hold-high-count')}; this table reduces at ${cutOff(romiplostimEuRules, 'decrease-two-high-weeks')} and interrupts at ${cutOff(romiplostimEuRules, 'hold-high-count')}.`,
      citation: 'nplate-smpc §4.2',
    }],
  },
};

const goalNote: Note = {
  code: 'romiplostim-goal',
  message: `The aim is a count that lowers the bleeding risk, not a normal count; never exceed ${formatAmount(maxPerKg, 'mcg/kg')} a week.`,
  citation: 'nplate-uspi §2.2',
};

// Register item 2: the label is silent on a reduction from 1 mcg/kg; never give 0 mcg/kg (W20).
const floorNote: Note = {
  code: 'romiplostim-floor',
  message: `The label does not say what to do when a reduction or restart is due at ${formatAmount(1, 'mcg/kg')} (one step lower would be ${formatAmount(0, 'mcg/kg')}). The engine holds, never a zero dose, and restarts at ${formatAmount(1, 'mcg/kg')} once the count is ≤ ${formatNumber(50)}, as one paediatric trial protocol did (not label text); while the count is between that and the label's restart count, each step asks the prescriber for a restart decision.`,
  citation: 'nplate-uspi §2.2',
};

function present(perKg: number, weightKg: number, ruleset: Ruleset): Presented {
  const prep = prepare(weightKg, perKg, ruleset);
  const dose: Dose = { amount: prep.mcg, unit: 'mcg', perKg, capped: perKg === maxPerKg };
  const mcg = formatAmount(prep.mcg, 'mcg');
  const rate = formatAmount(perKg, 'mcg/kg');
  const solution = `${formatAmount(prep.concentrationMcgPerMl, 'mcg/mL')}${prep.diluted ? ' (diluted)' : ''}`;
  // A small dose undiluted (US label), or one whose volume rounds to 0 mL: no volume to draw up is shown
  // (romiplostim-preparation.ts, smallDoseUndiluted, unmeasurable).
  const drawn = smallDoseUndiluted(prep, ruleset)
    ? `the pharmacy prepares it (no volume is given below ${formatAmount(smallDoseMcg, 'mcg')} at ${formatAmount(prep.concentrationMcgPerMl, 'mcg/mL')})`
    : unmeasurable(prep)
      ? `the pharmacy prepares it (its volume rounds to ${formatAmount(0, 'mL')} at ${formatAmount(prep.concentrationMcgPerMl, 'mcg/mL')})`
      : `${formatAmount(prep.volumeMl, 'mL')} of the ${solution} solution`;
  return {
    dose,
    schedule: `${mcg} (${rate}) subcutaneously once weekly: ${drawn}`,
    short: `${rate} × ${formatAmount(weightKg, 'kg')} = ${mcg}`,
    extras: { preparation: prep },
    notes: preparationNotes(prep, ruleset),
  };
}

/**
 * Which weight doses each assessment (drugs.md §1.1): adults keep the weight at initiation whatever they
 * weigh later (W14); a child's new weight doses from the assessment where it is entered (W15).
 */
function doseWeights(initiationKg: number, ageYears: number | undefined, counts: readonly { day: number; weightKg: number | undefined }[]) {
  const entered = counts.filter((entry) => entry.weightKg !== undefined);
  if (ageYears === undefined || ageYears >= adultAgeYears) {
    const later = entered.map((entry) => `day ${formatNumber(entry.day)}`).join(', ');
    return {
      weights: counts.map(() => initiationKg),
      notes: entered.length === 0 ? [] : [{
        code: 'romiplostim-adult-weight',
        message: `Adults keep the weight at initiation (${formatAmount(initiationKg, 'kg')}) for the mcg/kg to mcg conversion; the weight entered on ${later} does not change the dose.`,
        citation: 'nplate-uspi §2.2',
      }],
    };
  }
  let current = initiationKg;
  let weighedOn = 0;
  const weights = counts.map((entry) => {
    if (entry.weightKg !== undefined) [current, weighedOn] = [entry.weightKg, entry.day];
    return current;
  });
  const due = weighedOn + romiplostimReweighDays;
  const lastDay = Math.max(0, ...counts.map((entry) => entry.day));
  // Past its due day by the last count: said as overdue, so a stale weight is not read as current.
  const next = lastDay > due
    ? `the reweigh is overdue since day ${formatNumber(due)}: weigh now and enter the weight at the next assessment`
    : `next reweigh due by day ${formatNumber(due)}`;
  return {
    weights,
    notes: [{
      code: 'romiplostim-child-weight',
      message: `Children: reweigh every ${formatNumber(romiplostimReweighDays / 7)} weeks and enter the new weight at that assessment; the mcg dose is recomputed from it. Weight in use: ${formatAmount(current, 'kg')} (day ${formatNumber(weighedOn)}); ${next}.`,
      citation: 'nplate-smpc §4.2',
    }],
  };
}

/**
 * The weights that dose, checked against the age (the growth reference for children, body-mass index limits
 * for adults; growth/weight-plausibility.ts), since romiplostim is dosed per kg (drugs.md §1.1; mixing up lb
 * and kg has caused overdoses, §8.2). A weight far outside is an error on its field and no dose is given
 * until the prescriber confirms it (`options.weightConfirmed`), as the dose calculator does (planRegimen);
 * a confirmed or merely unusual weight is said first, beside the dose it gives.
 */
function weightCheck(input: InputFor<'romiplostim'>): { errors: FieldError[]; notes: Note[] } {
  const errors: FieldError[] = [];
  const notes: Note[] = [];
  if (input.ageYears === undefined) return { errors, notes };
  const weighed = [{ day: 0, weightKg: input.weightKg, field: 'weightKg' }, ...input.counts.flatMap((entry, index) =>
    entry.day > 0 && entry.weightKg !== undefined ? [{ day: entry.day, weightKg: entry.weightKg, field: `counts[${index}].weightKg` }] : [])];
  for (const { day, weightKg, field } of weighed) {
    const checked = checkWeight({ weightKg, ageYears: input.ageYears, weightConfirmed: input.weightConfirmed }, field);
    if (!checked.ok) errors.push(...checked.errors);
    else notes.push(...checked.warnings.map((note) => ({ code: 'romiplostim-weight-check', message: `Day ${formatNumber(day)}: ${note.message}${note.code === 'weight-confirmed' ? '' : ' The dose shown is computed from it.'}` })));
  }
  return { errors, notes };
}

/** The table for a rule set; `weights[i]` is the weight that doses the assessment at index i. */
function romiplostimTable(ruleset: Ruleset, weights: readonly number[]): AgentTable {
  const data = rulesets[ruleset];
  return {
    agent: 'romiplostim', ruleset, title: data.title, citation: data.citation,
    start: { rows: [], otherwise: { level: 0, describe: `${formatAmount(1, 'mcg/kg')} of actual body weight`, citation: data.citation } },
    rules: data.rules,
    levels: maxPerKg,
    unverifiedLevels: [],
    present: (level, at) => present(level + 1, weights[at], ruleset),
    stepWords: (from, to) => formatAmount(Math.abs(to - from), 'mcg/kg'),
    refer: { floor: floorNote },
    counts: {
      dosing: { days: 7, words: 'weekly until stable' },
      stable: { days: 28, words: 'monthly (stable)' },
      held: { days: 7, words: 'weekly while on hold' },
      afterStop: { every: { days: 7, words: 'weekly after stopping' }, forDays: 14 },
      citation: 'nplate-uspi §2',
    },
    tests: [],
    notes: [goalNote, ...data.notes],
  };
}

/** Romiplostim for `titrateWith`, `monitoringPlanWith` and `titrationTableOf`. */
export const romiplostimSource: AgentSource<'romiplostim'> = {
  agent: 'romiplostim',
  eligibility,
  // A reader's table shows the rate (dose.perKg), so any weight serves; 1 kg keeps the arithmetic trivial.
  label: (ruleset) => romiplostimTable(ruleset, [1]),
  table: (input) => {
    const plan = doseWeights(input.weightKg, input.ageYears, input.counts);
    const checked = weightCheck(input);
    return { table: romiplostimTable(input.ruleset, plan.weights), notes: [...checked.notes, ...plan.notes], errors: checked.errors };
  },
};
