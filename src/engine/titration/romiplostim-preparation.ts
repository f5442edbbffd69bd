/**
 * How one romiplostim dose is drawn up (drugs.md §1.1): injection volume, vial, dilution and the notes they
 * raise. Apart from romiplostim.ts because it is exact decimal arithmetic with its own public calculator
 * (`romiplostimVolume`). The volume is mcg ÷
 * concentration, given with a syringe graduated in 0.01 mL; the EU SmPC says round to the nearest
 * 0.01 mL. Neither label states a tie-break: round half up is our documented choice (register item 3).
 *
 * The arithmetic is exact. Floating point gets ties wrong: 72.5 mcg ÷ 500 mcg/mL = 0.145 mL, but
 * 0.145 × 100 = 14.499… and would round to 0.14 mL (W13). So weight and rate are read as the decimals
 * they are spelt as ("72.5" = 725 × 10⁻¹) and multiplied as integers: hundredths of a mL = mcg ÷ 5 at
 * 500 mcg/mL and mcg × 0.8 at 125 mcg/mL, rounded half up on integers.
 */
import { formatAmount } from '../format/amount';
import { formatNumber } from '../format/number';
import { collectFields } from '../plausibility';
import { ok, type Note, type Result } from '../result';
import { isRecord, ranges, readChoice, readNumber } from '../validate';
import { rulesets, type RomiplostimPreparation, type Ruleset } from './types';

/** Single-dose vials deliver 125, 250 or 500 mcg (drugs.md §1.1). */
const vials = [125, 250, 500] as const;
/** 500 mcg/mL after reconstitution; 125 mcg/mL after the EU small-dose dilution. */
const standardMcgPerMl = 500;
const dilutedMcgPerMl = 125;
/** EU SmPC: a dose below 23 mcg is diluted to 125 mcg/mL (drugs.md §1.1, ✔1). */
export const smallDoseMcg = 23;

interface Decimal {
  digits: bigint;
  /** value = digits × 10^-scale */
  scale: number;
}

/** A positive finite number below 1e21 as the exact decimal its shortest spelling denotes. */
function decimal(value: number): Decimal {
  const [whole, fraction = ''] = String(value).split('.');
  return { digits: BigInt(`${whole}${fraction}`), scale: fraction.length };
}

/** Dose, volume and vial for `perKg` mcg/kg at `weightKg` kg. Inputs already checked. */
export function prepare(weightKg: number, perKg: number, ruleset: Ruleset): RomiplostimPreparation {
  const weight = decimal(weightKg);
  const rate = decimal(perKg);
  const digits = weight.digits * rate.digits;
  const scale = weight.scale + rate.scale;
  const one = 10n ** BigInt(scale);
  const mcg = Number(`${digits}e-${scale}`);
  const diluted = ruleset === 'eu-smpc' && digits < BigInt(smallDoseMcg) * one;
  const concentrationMcgPerMl = diluted ? dilutedMcgPerMl : standardMcgPerMl;
  // hundredths of a mL = mcg × 100 ÷ concentration = numerator ÷ denominator, rounded half up
  const numerator = digits * 100n;
  const denominator = one * BigInt(concentrationMcgPerMl);
  const hundredths = (2n * numerator + denominator) / (2n * denominator);
  return {
    weightKg,
    mcg,
    volumeMl: Number(hundredths) / 100,
    concentrationMcgPerMl,
    diluted,
    vialMcg: vials.find((vial) => mcg <= vial) ?? null,
    moreThanOneVial: mcg > standardMcgPerMl,
    roundedHalfUp: 2n * (numerator % denominator) === denominator,
  };
}

/**
 * The romiplostim dose for a weight and a rate, with its injection volume and vial.
 * Example: `romiplostimVolume({ weightKg: 72.5, perKg: 1 })` → 72.5 mcg, 0.15 mL of 500 mcg/mL, 125 mcg vial.
 */
export function romiplostimVolume(input: unknown): Result<RomiplostimPreparation> {
  const record = isRecord(input) ? input : {};
  const read = collectFields<{ weightKg: number; perKg: number; ruleset: Ruleset }>({
    weightKg: readNumber(record.weightKg, 'weightKg', ranges.weightKg),
    // The label's steps are whole mcg/kg, from 1 to the 10 mcg/kg maximum (drugs.md §1.1).
    perKg: readNumber(record.perKg, 'perKg', { label: 'dose per kg', min: 1, max: 10, unit: 'mcg/kg', integer: true }),
    ruleset: record.ruleset === undefined ? 'us-label' : readChoice(record.ruleset, 'ruleset', 'rule set', rulesets),
  });
  return read.ok ? ok(prepare(read.value.weightKg, read.value.perKg, read.value.ruleset)) : read;
}

/**
 * A dose below 23 mcg drawn up at 500 mcg/mL, as the US label's rule set would have it: each 0.01 mL mark
 * is 5 mcg, so the nearest mark can be a quarter or more away from the dose (8 mcg → 0.02 mL = 10 mcg). The
 * EU SmPC dilutes such a dose (✔1); whether the US label does is UNVERIFIED (drugs.md §1.1), and an
 * unverified rule falls back to the prescriber and pharmacy (§0): the step shows no volume for it.
 */
export const smallDoseUndiluted = (prep: RomiplostimPreparation, ruleset: Ruleset): boolean =>
  ruleset === 'us-label' && !prep.diluted && prep.mcg < smallDoseMcg;

/**
 * A dose so small that its volume rounds to 0 mL at the nearest 0.01 mL mark, even diluted (EU: below
 * 0.625 mcg at 125 mcg/mL): no volume can be drawn up, so none is shown and the pharmacy prepares the dose, as
 * for a small undiluted dose (third engine audit: "0.5 mcg (1 mcg/kg): 0 mL of the 125 mcg/mL solution").
 */
export const unmeasurable = (prep: RomiplostimPreparation): boolean => prep.volumeMl === 0;

const vialList = `${formatNumber(125)}, ${formatNumber(250)} or ${formatAmount(500, 'mcg')}`;

/** The notes one preparation raises: more than one vial, a rounding tie, a small dose. */
export function preparationNotes(prep: RomiplostimPreparation, ruleset: Ruleset): Note[] {
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
  if (unmeasurable(prep)) {
    notes.push({
      code: 'romiplostim-volume-unmeasurable',
      message: `A dose of ${formatAmount(prep.mcg, 'mcg')} is less than half of one ${formatAmount(0.01, 'mL')} mark at ${formatAmount(prep.concentrationMcgPerMl, 'mcg/mL')}: its volume rounds to ${formatAmount(0, 'mL')}, so no volume is shown and the pharmacy prepares the dose. Check the weight.`,
      citation: 'nplate-smpc §4.2',
    });
  }
  if (prep.diluted) {
    notes.push({
      code: 'romiplostim-dilution',
      message: `Below ${formatAmount(smallDoseMcg, 'mcg')} the SmPC dilutes the reconstituted solution with preservative-free sodium chloride ${formatNumber(0.9)}% to ${formatAmount(125, 'mcg/mL')}; the volume shown is of the diluted solution.`,
      citation: 'nplate-smpc §4.2',
    });
  } else if (smallDoseUndiluted(prep, ruleset)) {
    notes.push({
      code: 'romiplostim-small-dose',
      message: `A dose below ${formatAmount(smallDoseMcg, 'mcg')} cannot be measured accurately at ${formatAmount(500, 'mcg/mL')}: each ${formatAmount(0.01, 'mL')} mark is ${formatAmount(5, 'mcg')}, so the nearest mark can give a quarter more or less than the dose. The EU SmPC dilutes such doses to ${formatAmount(125, 'mcg/mL')}; whether the US label has the same step is not verified, so no volume is shown: the pharmacy prepares the dose.`,
      citation: 'nplate-smpc §4.2',
    });
  }
  return notes;
}
