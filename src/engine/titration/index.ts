/**
 * Titration and monitoring (issues #5, #18, #21): the declared entry point for what every agent shares —
 * the walker (`titrateWith`), the monitoring plan (`monitoringPlanWith`), a label table for a reader
 * (`titrationTableOf`), the shapes, the bounds in words and the definitions the pages state. It imports no
 * agent. A page loads the agent it needs from that agent's entry point and passes it in:
 *
 *   const { romiplostimSource } = await import('./romiplostim');
 *   titrateWith({ romiplostim: romiplostimSource })(input);
 *
 * Declared entry points: this file; romiplostim.ts, eltrombopag.ts, avatrombopag.ts, fostamatinib.ts (one
 * per agent); all-agents.ts (the four together, and the contract's `titrate` and `monitoringPlan`).
 */
export { titrateWith } from './titrate';
export { monitoringPlanWith } from './monitoring-plan';
export type { MonitoringItem, MonitoringPlan } from './monitoring-plan';
export { titrationTableOf } from './label-table';
export type { LabelRow, LabelStart, LabelTable } from './label-table';
export type { AgentSource, AgentSources } from './agent-source';
export { stableDefinition, afterStopDefinition } from './monitoring';
export { boundText } from './bounds';
export type { Bound } from './bounds';
export type { Conditions, CountMonitoring, Effect, Interval, TestSchedule, Wait } from './table';
export { agents, agents as titrationAgents, cypInteractions, rulesets } from './types';
export type {
  Agent, CountEntry, CypInteraction, RomiplostimPreparation, Ruleset, TitrationAction, TitrationInput,
  TitrationOptions, TitrationStep, TitrationValue,
} from './types';
