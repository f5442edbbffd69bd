/**
 * Romiplostim (Nplate), subcutaneous, once weekly (drugs.md §1). 1 mcg/kg to start, steps of 1 mcg/kg,
 * never above 10 mcg/kg, dosed by actual body weight (at initiation in adults; reweighed children).
 */
import type { Dose } from '../dose';
import { formatAmount } from '../format/amount';
import { formatNumber } from '../format/number';
import type { Note } from '../result';
import type { AgentSources } from './agent-source';
import { romiplostimEuRules, romiplostimUsRules } from './romiplostim-rules';
import { doseWeights } from './romiplostim-weight';
import type { AgentTable, Presented, RuleTable } from './table';
import type { RomiplostimPreparation, Ruleset } from './types';
import { prepare, smallDoseMcg } from './volume';

const maxPerKg = 10;

interface RulesetData {
  title: string;
  citation: AgentTable['citation'];
  rules: RuleTable;
  notes: readonly Note[];
}

const rulesets: Record<Ruleset, RulesetData> = {
  'us-label': {
    title: 'Nplate (romiplostim) US prescribing information, weekly titration table (us-label)',
    citation: 'nplate-uspi §2.2',
    rules: romiplostimUsRules,
    notes: [],
  },
  'eu-smpc': {
    title: 'Nplate (romiplostim) EU summary of product characteristics (eu-smpc): reduce above 150 for two consecutive weeks, hold above 250, restart below 150 at 1 mcg/kg less',
    citation: 'nplate-smpc §4.2',
    rules: romiplostimEuRules,
    notes: [{
      code: 'romiplostim-eu-cutoffs',
      message: `The SmPC lets the prescriber use the higher cut-offs of ${formatNumber(200)} (reduce) and ${formatNumber(400)} (interrupt) when counts fall abruptly after reductions; this table uses ${formatNumber(150)} and ${formatNumber(250)}.`,
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
  message: `The label does not say what to do when a reduction or restart is due at ${formatAmount(1, 'mcg/kg')} (one step lower would be ${formatAmount(0, 'mcg/kg')}). The engine holds and refers to the prescriber rather than give a zero dose. One paediatric trial protocol held until the count was ≤ ${formatNumber(50)} and restarted at ${formatAmount(1, 'mcg/kg')}; that is not label text.`,
  citation: 'nplate-uspi §2.2',
};

const vialList = `${formatNumber(125)}, ${formatNumber(250)} or ${formatAmount(500, 'mcg')}`;

function preparationNotes(prep: RomiplostimPreparation, ruleset: Ruleset): Note[] {
  const notes: Note[] = [];
  if (prep.moreThanOneVial) {
    notes.push({
      code: 'romiplostim-more-than-one-vial',
      message: `A dose above ${formatAmount(500, 'mcg')} needs more than one vial (vials deliver ${vialList}; each vial gives one dose and leftovers are never pooled). How to combine vials is not spelt out: flag for the pharmacist.`,
      citation: 'nplate-uspi §2',
    });
  }
  if (prep.roundedHalfUp) {
    notes.push({
      code: 'romiplostim-volume-tie',
      message: `A volume fell exactly halfway between two ${formatAmount(0.01, 'mL')} marks and was rounded up (${formatAmount(0.145, 'mL', 3)} → ${formatAmount(0.15, 'mL')}). Neither label states a tie-break; rounding half up is the engine's documented choice.`,
    });
  }
  if (prep.diluted) {
    notes.push({
      code: 'romiplostim-dilution',
      message: `Below ${formatAmount(smallDoseMcg, 'mcg')} the SmPC dilutes the reconstituted solution with preservative-free sodium chloride ${formatNumber(0.9)}% to ${formatAmount(125, 'mcg/mL')}; the volume shown is of the diluted solution.`,
      citation: 'nplate-smpc §4.2',
    });
  } else if (ruleset === 'us-label' && prep.mcg < smallDoseMcg) {
    notes.push({
      code: 'romiplostim-small-dose',
      message: `A dose below ${formatAmount(smallDoseMcg, 'mcg')} is a very small volume at ${formatAmount(500, 'mcg/mL')}. The EU SmPC dilutes such doses to ${formatAmount(125, 'mcg/mL')}; whether the US label has the same step is not verified: check with the pharmacy.`,
      citation: 'nplate-smpc §4.2',
    });
  }
  return notes;
}

function present(perKg: number, weightKg: number, ruleset: Ruleset): Presented {
  const prep = prepare(weightKg, perKg, ruleset);
  const dose: Dose = { amount: prep.mcg, unit: 'mcg', perKg, capped: perKg === maxPerKg };
  const mcg = formatAmount(prep.mcg, 'mcg');
  const rate = formatAmount(perKg, 'mcg/kg');
  const solution = `${formatAmount(prep.concentrationMcgPerMl, 'mcg/mL')}${prep.diluted ? ' (diluted)' : ''}`;
  return {
    dose,
    schedule: `${mcg} (${rate}) subcutaneously once weekly: ${formatAmount(prep.volumeMl, 'mL')} of the ${solution} solution`,
    short: `${rate} × ${formatAmount(weightKg, 'kg')} = ${mcg}`,
    extras: { preparation: prep },
    notes: preparationNotes(prep, ruleset),
  };
}

/** The romiplostim table for a rule set; `weights[i]` is the weight that doses the assessment at index i. */
export function romiplostimTable(ruleset: Ruleset, weights: readonly number[]): AgentTable {
  const data = rulesets[ruleset];
  return {
    agent: 'romiplostim', ruleset, title: data.title, citation: data.citation,
    start: {
      rows: [],
      otherwise: { level: 0, describe: `${formatAmount(1, 'mcg/kg')} of actual body weight`, citation: 'nplate-uspi §2.2' },
    },
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

export const romiplostimSource: NonNullable<AgentSources['romiplostim']> = (input) => {
  const plan = doseWeights(input.weightKg, input.ageYears, input.counts);
  return { table: romiplostimTable(input.ruleset, plan.weights), notes: plan.notes };
};
