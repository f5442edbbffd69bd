/**
 * ITP Pathway engine: the public contract (see shared DESIGN.md, "Engine contract").
 * Everything not exported here is internal and may change. Platelet counts are ×10⁹/L.
 * Every function is pure and synchronous, never throws on bad input, and never returns NaN or Infinity.
 */
export type { Result, FieldError, Note } from './result';
export type { Dose } from './dose';
export { referenceKeys, citationKey } from './citations';
export type { ReferenceKey, Citation } from './citations';

// Part 1: inputs, units, BSA, phase, response, regimens (issue #4)
export { bodySurfaceArea } from './bsa';
export { itpPhase } from './phase';
export { assessResponse, iwgResponse } from './response';
export { planRegimen, regimenIds, regimenName, prednisoneRules } from './regimens';
export type { RegimenId, RegimenItem, RegimenPlan, PatientInput, PrednisoneRule } from './regimens';
// A regimen's rules as data, for pages that show the rule ("1 mg/kg, at most 80 mg") rather than a patient's dose.
export { regimenRules, ageGroups, formatDoseRule, antiDHaemoglobin } from './regimens';
export type { RegimenRules, RuleContext, AgeGroup, ItemSpec, DoseRule, Cap } from './regimens';
export { bsaFormulas } from './bsa';
export type { BsaFormula, BodySurfaceArea } from './bsa';
export type { ItpPhase } from './phase';
export type { ResponseAssessment, ResponseCategory } from './response';
export { monthsBetween } from './dates';
export type { DateLabels } from './dates';
export {
  plateletsToSI, weightToKg, heightToCm, haemoglobinToGdL, unitLabels,
  plateletUnits, weightUnits, heightUnits, haemoglobinUnits,
} from './units';
export type { PlateletUnit, WeightUnit, HeightUnit, HaemoglobinUnit } from './units';

// The formatting gate: every number a person reads goes through these (ISMP-safe).
export {
  formatNumber, formatAmount, formatCount, formatDose, formatUnits, formatRate, formatVolume, formatItemDose,
  regimenSummaryText, drugDisplayName,
} from './format';
// The ranges the engine checks a field against, for a form that reports a field as soon as it is typed
// (the case panel's age and months), in the engine's own words.
export { readNumber, isFieldError, ranges } from './validate';
export type { NumberRule } from './validate';

// Part 2: titration and monitoring (issue #5)
export {
  titrate, titrationAgents, monitoringPlan, romiplostimVolume, avatrombopagLevels,
  fostamatinibReductionLadder, fostamatinibReduce, fostamatinibBloodPressureRules, fostamatinibBloodPressure,
  eltrombopagLiverAction, eltrombopagLiverRules,
} from './titration';
export type {
  TitrationStep, TitrationInput, TitrationValue, TitrationOptions, TitrationAction, Agent, Ruleset, CypInteraction,
  CountEntry, MonitoringPlan, MonitoringItem, RomiplostimPreparation, AvatrombopagLevel, FostamatinibDailyDose,
  FostamatinibReduction, BloodPressureRule, BloodPressureDecision, LiverDecision, LiverRule,
} from './titration';
// The label tables as data, for pages that show a table's rows rather than one patient's steps.
export {
  titrationTable, boundText, avatrombopagMgPerWeek, romiplostimSmallDoseMcg, stableDefinition,
  romiplostimReweighDays,
} from './titration';
export type {
  LabelTable, LabelRow, LabelStart, Bound, Conditions, Wait, Effect, CountMonitoring, Interval, TestSchedule,
} from './titration';
// `titrate` and `monitoringPlan` over the agents a page carries, each agent's rules a source of its own, so a
// page loads an agent's table when a reader chooses that agent (the per-agent modules export the sources).
export { titrateWith } from './titration/titrate';
export { monitoringPlanWith } from './titration/monitoring-plan';
export type { AgentSource, AgentSources } from './titration/agent-source';
export { rulesets, cypInteractions } from './titration/types';

// Part 3: the treatment algorithm (issue #6)
export {
  recommend, toMermaid, algorithmText, algorithmOutline, optionCatalogue, urgencyRules,
  bleedingLevels, optionIds, priorOutcomes, priorTherapies, urgencyLevels,
} from './algorithm';
export type {
  CaseInput, OptionId, PriorTherapy, OutlineNode, OptionEntry, Bleeding, PriorOutcome, Urgency, Grade,
  PriorTreatment, Recommendation, RecommendedOption,
} from './algorithm';
// The numbers and ASH grades the algorithm decides on, for pages that state them.
export { thresholds, algorithmGrades } from './algorithm';
