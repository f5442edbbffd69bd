/**
 * Who and what each agent's titration accepts: rule sets, ages, and the start options it reads.
 * Data, so that the checks in validate-input.ts stay the same for every agent.
 */
import { messages } from './messages';
import { adultAgeYears, type Agent, type Ruleset } from './types';

export const startOptions = ['cypInteraction', 'eastAsianAncestry', 'hepaticImpairment'] as const;
type StartOption = (typeof startOptions)[number];

export interface Eligibility {
  rulesets: readonly Ruleset[];
  /** Youngest age dosed, and what to say below it. */
  minAgeYears: number;
  tooYoung: string;
  ageRequired: boolean;
  /** Dosed by weight: an updated weight at an assessment needs the age (children only). */
  dosedByWeight: boolean;
  /** Start options the agent reads; any other one set is an error. */
  reads: readonly StartOption[];
}

export const eligibility: Record<Agent, Eligibility> = {
  // Adults and children ≥ 1 year (drugs.md §1); US and EU tables.
  romiplostim: {
    rulesets: ['us-label', 'eu-smpc'], minAgeYears: 1, tooYoung: messages.belowOneYear('Romiplostim'),
    ageRequired: false, dosedByWeight: true, reads: [],
  },
  // PROMACTA from 1 year; the start dose depends on age (drugs.md §2.1). EU table not verified (§2.3).
  eltrombopag: {
    rulesets: ['us-label'], minAgeYears: 1, tooYoung: messages.belowOneYear('Eltrombopag'),
    ageRequired: true, dosedByWeight: false, reads: ['eastAsianAncestry', 'hepaticImpairment'],
  },
  // Adults only: paediatric dosing UNVERIFIED (drugs.md §3, register item 8). Ancestry and liver: noted.
  avatrombopag: {
    rulesets: ['us-label'], minAgeYears: adultAgeYears, tooYoung: messages.childAvatrombopag,
    ageRequired: false, dosedByWeight: false, reads: ['cypInteraction', 'eastAsianAncestry', 'hepaticImpairment'],
  },
  // Adults with chronic ITP (drugs.md §4).
  fostamatinib: {
    rulesets: ['us-label'], minAgeYears: adultAgeYears, tooYoung: messages.childFostamatinib,
    ageRequired: false, dosedByWeight: false, reads: [],
  },
};

/** The eltrombopag start options in words, for the error when they are set for another agent. */
export const optionWords: Record<Exclude<StartOption, 'cypInteraction'>, string> = {
  eastAsianAncestry: 'East- or Southeast-Asian ancestry',
  hepaticImpairment: 'Hepatic impairment',
};
