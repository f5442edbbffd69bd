/** The named clinical scenarios, every ASH 2019 and ICR population, in the order the Verification page lists them. */
import { adultScenarios } from './adults';
import { afterFailureScenarios } from './after-failure';
import { childScenarios } from './children';
import { olderAndEmergencyScenarios } from './older-and-emergencies';
import { pregnancyScenarios } from './pregnancy';
import type { Scenario } from './scenario-type';

export type { ExpectedOption, Scenario } from './scenario-type';

export const scenarios: readonly Scenario[] = [
  ...adultScenarios, ...olderAndEmergencyScenarios, ...childScenarios, ...pregnancyScenarios, ...afterFailureScenarios,
];
