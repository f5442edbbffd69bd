/**
 * Shapes shared by the regimen modules. A regimen is data — items with a dose rule, route, schedule and
 * citations — plus the notes a prescriber must see; the planner in plan.ts turns it into doses for a patient.
 */
import type { BodySurfaceArea, BsaFormula } from '../bsa';
import type { Citation } from '../citations';
import type { Dose, DoseUnit } from '../dose';
import type { Note, Result } from '../result';

export const regimenIds = [
  'rituximab-standard', 'rituximab-low-dose', 'dexamethasone-high-dose', 'prednisone', 'ivig', 'anti-d',
  'methylprednisolone-pulse', 'multiagent-rescue', 'danazol-azathioprine',
] as const;
export type RegimenId = (typeof regimenIds)[number];

/** Paediatric prednisone: ASH 2019 (default, cap 120 mg/day) or the ICR 2019 high-dose schedule (cap 200 mg/day). */
export const prednisoneRules = ['ash-2019', 'icr-2019-high-dose'] as const;
export type PrednisoneRule = (typeof prednisoneRules)[number];

/** A child is under 18 years (the engine contract); regimens with a paediatric dose have rules for each group. */
export const ageGroups = ['adult', 'child'] as const;
export type AgeGroup = (typeof ageGroups)[number];

/**
 * What a regimen's rules are chosen by, apart from the body they are applied to: the age group and, for a
 * child's prednisone, the schedule chosen. A plan with no age uses the adult rules, as `plan` does.
 */
export interface RuleContext {
  ageGroup: AgeGroup;
  prednisoneRule?: PrednisoneRule;
  /** Pregnancy changes a regimen's own rules (prednisone's lower start), not only its warnings. */
  pregnant?: boolean;
}

/** The patient as checked at the boundary. Optional fields are only read when given or when a regimen needs them. */
export interface Patient {
  weightKg: number;
  heightCm?: number;
  ageYears?: number;
  bsaFormula: BsaFormula;
  rhD?: 'positive' | 'negative';
  splenectomised?: boolean;
  haemoglobinGdL?: number;
  /** Direct antiglobulin test negative: ICR 2019 requires it before anti-D in children. */
  datNegative?: boolean;
  pregnant?: boolean;
  /** The prescriber confirmed a weight found implausible for the age and height (growth/weight-plausibility.ts). */
  weightConfirmed?: boolean;
  /** Known hepatic impairment (any degree): danazol's label contraindicates it when marked. */
  hepaticImpairment?: boolean;
  prednisoneRule?: PrednisoneRule;
}

/** What a caller passes: as `Patient`, with the BSA formula optional (Mosteller when absent). */
export type PatientInput = Omit<Patient, 'bsaFormula'> & { bsaFormula?: BsaFormula };

/** A patient field a regimen cannot be planned without, and why, for the error message. */
export interface Need {
  field: 'heightCm' | 'ageYears' | 'rhD' | 'splenectomised' | 'haemoglobinGdL';
  why: string;
}

/**
 * A patient fact a population limit is about, read by limits.ts: pregnancy; a child (under 18); no spleen;
 * Rh(D)-negative; haemoglobin below the anti-D floor; hepatic impairment; a child whose DAT is positive. (No
 * source read sets a limit for infants apart from children for these regimens, so there is no such fact.)
 */
export type PopulationFact =
  | 'pregnant' | 'child' | 'splenectomised' | 'rh-negative' | 'haemoglobin-below-floor'
  | 'hepatic-impairment' | 'dat-positive-child';

/**
 * A regimen's limit for a population, as data: checked by the engine for each patient and, when it applies,
 * given first in the plan's warnings (Note.limit). The dose is still computed, for a prescriber who asks.
 */
export interface PopulationLimit {
  kind: 'contraindicated' | 'no-data' | 'caution';
  fact: PopulationFact;
  /** The drug it concerns, when not the whole regimen. */
  drug?: string;
  code: string;
  /** The note when the limit applies: what it is, why, and what to do instead. */
  message: string;
  /** The limit in a few words, for a plan that cannot tell whether it applies: "danazol is contraindicated in pregnancy". */
  rule: string;
  /** Where the limit comes from, in words, e.g. "danazol SmPC §4.3" (drugs.md §10). */
  source: string;
  /** A key of the references collection, where it has one. */
  citation?: Citation;
}

/** A maximum single or daily dose, and where it comes from. */
export interface Cap {
  amount: number;
  /** Words for the working and the note, e.g. "ICR 2019 maximum". */
  source: string;
}

/** How a dose is worked out: a fixed amount, a rate per kg (optionally a range), or a rate per m². */
export type DoseRule =
  | { basis: 'flat'; amount: number; amountMax?: number; unit: DoseUnit }
  | { basis: 'weight'; perKg: number; perKgMax?: number; unit: DoseUnit; cap?: Cap }
  | { basis: 'bsa'; perM2: number; unit: DoseUnit; cap?: Cap };

export type WeightRule = Extract<DoseRule, { basis: 'weight' }>;

/** One drug of a regimen as data, before it meets a patient. */
export interface ItemSpec {
  drug: string;
  dose: DoseRule;
  route: string;
  schedule: string;
  /** Whether the amount is one administration or the total for a day (which may be divided). */
  per: 'dose' | 'day';
  citations: Citation[];
}

export interface RegimenItem {
  /** Lower-case generic name, e.g. 'vincristine'. */
  drug: string;
  dose: Dose;
  route: string;
  /** In words, e.g. "once weekly for 4 doses". */
  schedule: string;
  per: 'dose' | 'day';
  /** The arithmetic, e.g. "375 mg/m² × 1.82 m² = 681.8 mg". */
  working: string;
  /** Set when a cap applied: which cap and where it comes from. */
  capNote?: string;
  /** Anti-D only: the same dose in international units (1 mcg = 5 units), as the label also states it. */
  internationalUnits?: { amount: number; amountMax?: number };
  citations: string[];
}

export interface RegimenPlan {
  id: RegimenId;
  name: string;
  items: RegimenItem[];
  citations: string[];
  /**
   * True when a warning says the regimen is contraindicated for this patient or has no data for this
   * population: a view then shows the dose only when the reader asks for it ("show the dose anyway").
   */
  doseOnRequest: boolean;
  /** What the doses were computed from. */
  basis: { weightKg: number; heightCm?: number; ageYears?: number; ageGroup: 'adult' | 'child' | 'not given'; bsa?: BodySurfaceArea };
}

/** What a dose rule is applied to: the weight, and the BSA when a height was given. */
export interface Body {
  weightKg: number;
  bsa?: BodySurfaceArea;
}

/** A regimen's own part of a plan: items and notes, or the field errors that make it unusable. */
export type Draft = Result<{ items: RegimenItem[] }>;

/**
 * A regimen's rules as a reader checks them against the source, before they meet a patient: the item data
 * that `planRegimen` applies, and the notes every plan for the same context carries.
 */
export interface RegimenRules {
  id: RegimenId;
  name: string;
  items: ItemSpec[];
  /** Every plan's notes for the context, first the limits its age group and pregnancy bring. */
  notes: Note[];
  /** The population limits the engine checks for each patient (contraindications, populations without data). */
  limits: PopulationLimit[];
}

export interface RegimenDefinition {
  id: RegimenId;
  name: string;
  needs: Need[];
  citations: Citation[];
  /** Who the regimen is contraindicated for, has no data for, or must be used with care in. */
  limits: readonly PopulationLimit[];
  /** The item data `plan` applies for this context: the same constants, so a reader sees what is dosed. */
  rules: (context: RuleContext) => readonly ItemSpec[];
  /**
   * The notes every plan for this context carries, whatever the weight and the patient's other details.
   * Anti-D is read as given (Rh(D)-positive, a spleen, haemoglobin above 10 g/dL), as `rules` shows its full dose.
   */
  notes: (context: RuleContext) => readonly Note[];
  /**
   * The regimen's own planner, only where a plan is more than its rules and notes for the patient's context
   * (anti-D's haemoglobin bands, the rescue's anti-D, a note with this weight's amount). Without it the shared
   * planner (planner.ts) applies `rules` and `notes`, so a reader's rules and a patient's plan cannot differ,
   * and the regimen's module is data that carries none of the planner's code (a page that loads regimens
   * one at a time, on the reader's choice, carries that code once).
   */
  plan?: (patient: Patient, body: Body) => Draft;
}

/** The regimens a caller carries: all nine in `allRegimens` (all.ts), or any subset a page has loaded. */
export type Regimens = Readonly<Partial<Record<RegimenId, RegimenDefinition>>>;
