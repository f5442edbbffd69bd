/** Titration and monitoring for romiplostim, eltrombopag, avatrombopag and fostamatinib (issue #5). */
export { titrate } from './titrate';
export { monitoringPlan } from './monitoring-plan';
export type { MonitoringItem, MonitoringPlan } from './monitoring-plan';
export { romiplostimVolume } from './volume';
export { avatrombopagLevels } from './avatrombopag-levels';
export type { AvatrombopagLevel } from './avatrombopag-levels';
export { fostamatinibReductionLadder, fostamatinibReduce } from './fostamatinib-reduction';
export type { FostamatinibDailyDose, FostamatinibReduction } from './fostamatinib-reduction';
export { fostamatinibBloodPressure, fostamatinibBloodPressureRules } from './fostamatinib-blood-pressure';
export type { BloodPressureDecision, BloodPressureRule } from './fostamatinib-blood-pressure';
export { eltrombopagLiverAction, eltrombopagLiverRules } from './eltrombopag-liver';
export type { LiverDecision, LiverRule } from './eltrombopag-liver';
export { agents as titrationAgents } from './types';
export type {
  Agent, CountEntry, CypInteraction, RomiplostimPreparation, Ruleset, TitrationAction, TitrationInput,
  TitrationOptions, TitrationStep, TitrationValue,
} from './types';
