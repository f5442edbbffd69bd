/**
 * Who and what an agent's titration accepts: rule sets, ages, and the start options it reads. Each agent's
 * module holds its own as data, so that the checks in validate-input.ts stay the same for every agent.
 */
import type { Ruleset } from './types';

export const startOptions = ['cypInteraction', 'eastAsianAncestry', 'hepaticImpairment'] as const;
export type StartOption = (typeof startOptions)[number];

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

/** The eltrombopag start options in words, for the error when they are set for another agent. */
export const optionWords: Record<Exclude<StartOption, 'cypInteraction'>, string> = {
  eastAsianAncestry: 'East- or Southeast-Asian ancestry',
  hepaticImpairment: 'Hepatic impairment',
};
