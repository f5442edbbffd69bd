/** Titration and monitoring for romiplostim, eltrombopag, avatrombopag and fostamatinib (issue #5). */
export { titrate } from './titrate';
export { romiplostimVolume } from './volume';
export { avatrombopagLevels } from './avatrombopag-levels';
export type { AvatrombopagLevel } from './avatrombopag-levels';
export { agents as titrationAgents } from './types';
export type {
  Agent, CountEntry, CypInteraction, RomiplostimPreparation, Ruleset, TitrationAction, TitrationInput,
  TitrationOptions, TitrationStep, TitrationValue,
} from './types';
