/**
 * The public shapes of titration (shared DESIGN.md, "Engine contract": `titrate`). The contract fields of
 * `TitrationStep` are exact; the fields after them are this module's richer output.
 */
import type { Dose } from '../dose';

/** A child is younger than 18 years (DESIGN.md, "Meanings the contract fixes"). */
export const adultAgeYears = 18;

export const agents = ['romiplostim', 'eltrombopag', 'avatrombopag', 'fostamatinib'] as const;
export type Agent = (typeof agents)[number];

/** Which label's table is walked. Only romiplostim has a verified EU SmPC table (drugs.md §1.3). */
export const rulesets = ['us-label', 'eu-smpc'] as const;
export type Ruleset = (typeof rulesets)[number];

/** A moderate or strong dual CYP2C9 + CYP3A4 inhibitor or inducer taken with avatrombopag (drugs.md §3.2). */
export const cypInteractions = ['dual-inhibitor', 'dual-inducer'] as const;
export type CypInteraction = (typeof cypInteractions)[number];

export interface TitrationOptions {
  /** Default 'us-label'. */
  ruleset?: Ruleset;
  ageYears?: number;
  eastAsianAncestry?: boolean;
  hepaticImpairment?: boolean;
  cypInteraction?: CypInteraction;
  /**
   * Romiplostim: the prescriber has checked a dosing weight the engine finds implausible for the age and
   * confirms it. Without it such a weight is an error on its field and no dose is given, as in `planRegimen`.
   */
  weightConfirmed?: boolean;
}

/** One assessment. Day 0 is the first dose. */
export interface CountEntry {
  day: number;
  /** Platelet count, ×10⁹/L. */
  count: number;
  /** Romiplostim, children only: the weight measured at this assessment (the 12-weekly reweigh). */
  weightKg?: number;
}

export interface TitrationInput {
  agent: Agent;
  /** Romiplostim: actual body weight at initiation, kg. */
  weightKg?: number;
  options?: TitrationOptions;
  /** One entry per assessment, in day order; the first is day 0. */
  counts: CountEntry[];
}

export type TitrationAction = 'start' | 'increase' | 'decrease' | 'maintain' | 'hold' | 'resume' | 'discontinue';

/** How one romiplostim dose is drawn up (drugs.md §1.1). */
export interface RomiplostimPreparation {
  /** The weight the dose was computed from, kg. */
  weightKg: number;
  mcg: number;
  /** Injection volume, rounded to 0.01 mL, half up. */
  volumeMl: number;
  /** 500 mcg/mL after reconstitution; 125 mcg/mL when a small dose is diluted (EU SmPC). */
  concentrationMcgPerMl: 500 | 125;
  diluted: boolean;
  /** The smallest single vial that holds the dose; null when more than one vial is needed. */
  vialMcg: 125 | 250 | 500 | null;
  /** Above 500 mcg: more than one vial, to be worked out with the pharmacist. */
  moreThanOneVial: boolean;
  /** The volume fell exactly halfway between two 0.01 mL marks and was rounded up. */
  roundedHalfUp: boolean;
}

export interface TitrationStep {
  day: number;
  count: number;
  action: TitrationAction;
  /** One administration's dose from this assessment on; null while held or after stopping. */
  dose: Dose | null;
  /** Avatrombopag: the label's dose level, 1 (20 mg weekly) to 6 (40 mg daily); absent without a dose. */
  level?: number;
  /** What the patient takes, in words. */
  schedule: string;
  /** The rule that fired, in words, with this assessment's numbers. */
  reason: string;
  citation: string;
  /** Id of the table row that fired, e.g. "increase-low-count". */
  rule: string;
  /** Day the next platelet count is due; after a stop too (monitoring.ts): there is always a next count. */
  nextCountDue: number;
  /**
   * On a hold whose label restart cannot be taken (it would be below the lowest dose): the prescriber must
   * decide now whether to restart; the reason says so and when the next count is due.
   */
  restartDecision?: true;
  /** The count interval in words, e.g. "weekly until stable". */
  countSchedule: string;
  /** Romiplostim: volume, concentration and vial. */
  preparation?: RomiplostimPreparation;
  /** Avatrombopag: total mg a week at this level. */
  mgPerWeek?: number;
  /** Eltrombopag and fostamatinib: total mg a day. */
  mgPerDay?: number;
}

export interface TitrationValue {
  agent: Agent;
  ruleset: Ruleset;
  steps: TitrationStep[];
}
