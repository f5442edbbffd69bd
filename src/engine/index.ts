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
// The shared planner over the regimens a page carries: each regimen is a declared entry point of its own
// (regimens/<id>.ts), loaded when a reader chooses it; `planRegimen` is this over all nine.
export { planRegimenWith, allRegimens } from './regimens';
export type { RegimenDefinition, Regimens, PopulationLimit } from './regimens';
// A regimen's rules as data, for pages that show the rule ("1 mg/kg, at most 80 mg") rather than a patient's dose.
export { regimenRules, ageGroups, formatDoseRule, antiDHaemoglobin } from './regimens';
export type { RegimenRules, RuleContext, AgeGroup, ItemSpec, DoseRule, Cap } from './regimens';
export { bsaFormulas } from './bsa';
export type { BsaFormula, BodySurfaceArea } from './bsa';
export type { ItpPhase } from './phase';
export type { ResponseAssessment, ResponseCategory } from './response';
export { monthsBetween } from './dates';
// The weight against the age and height (growth reference, adult BMI), for a form that checks it beside the field.
export { checkWeight } from './growth/weight-plausibility';
export type { WeightFacts } from './growth/weight-plausibility';
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

// Part 2: titration and monitoring (issues #5, #18, #21). titration/index.ts is the shared entry point;
// each agent has its own (titration/romiplostim.ts, …), and titration/all-agents.ts carries the four.
export { titrate, monitoringPlan, titrationTable, allAgents } from './titration/all-agents';
export {
  titrateWith, monitoringPlanWith, titrationTableOf, titrationAgents, boundText, stableDefinition, afterStopDefinition,
  rulesets, cypInteractions,
} from './titration';
export type {
  TitrationStep, TitrationInput, TitrationValue, TitrationOptions, TitrationAction, Agent, Ruleset, CypInteraction,
  CountEntry, MonitoringPlan, MonitoringItem, RomiplostimPreparation, AgentSource, AgentSources,
  LabelTable, LabelRow, LabelStart, Bound, Conditions, Wait, Effect, CountMonitoring, Interval, TestSchedule,
} from './titration';
export { romiplostimVolume, romiplostimSmallDoseMcg, romiplostimReweighDays, romiplostimSource } from './titration/romiplostim';
export { eltrombopagLiverAction, eltrombopagLiverRules, eltrombopagSource } from './titration/eltrombopag';
export type { LiverDecision, LiverRule } from './titration/eltrombopag';
export { avatrombopagLevels, avatrombopagMgPerWeek, avatrombopagSource } from './titration/avatrombopag';
export type { AvatrombopagLevel } from './titration/avatrombopag';
export {
  fostamatinibReductionLadder, fostamatinibReduce, fostamatinibBloodPressureRules, fostamatinibBloodPressure,
  fostamatinibSource,
} from './titration/fostamatinib';
export type {
  FostamatinibDailyDose, FostamatinibReduction, BloodPressureRule, BloodPressureDecision,
} from './titration/fostamatinib';
// The drugs.md §13 titration worked examples (W1–W56) as data, one module per agent, and the engine's answer to
// each in the shape of its expectation: the titration tests and the Verification page compare them alike.
export { titrationVectors, runVector, vectorAnswer, vectorMatches, workedExample } from './titration/vectors';
export type {
  TitrationVector, VectorCheck, VectorAnswer, VectorRun, StepExpectation, DoseExpectation, ReductionExpectation,
  BloodPressureExpectation, Refusal,
} from './titration/vectors';

// Part 3: the treatment algorithm (issue #6)
export {
  recommend, toMermaid, algorithmText, algorithmOutline, optionCatalogue, urgencyRules,
  bleedingLevels, optionIds, priorOutcomes, priorTherapies, urgencyLevels,
} from './algorithm';
export type {
  CaseInput, OptionId, PriorTherapy, OutlineNode, OptionEntry, Bleeding, PriorOutcome, Urgency, Grade,
  PriorTreatment, Recommendation, RecommendedOption,
} from './algorithm';
// The walker over the parts of the graph a page carries: each population's part (algorithm/parts/<part>.ts) is
// a declared entry point, loaded for the reader's case (`partsFor`); `recommend` is this over all three.
export { recommendWith, partsFor, allParts, algorithmPartIds } from './algorithm';
// Each option in one line and by name, for a summary (the "Your patient" page) that shows the walker's full reasons on request.
export { optionBriefs, optionLabels } from './algorithm';
export type { OptionBrief } from './algorithm';
export type { AlgorithmPart, AlgorithmParts, AlgorithmPartId } from './algorithm';
// The numbers and ASH grades the algorithm decides on, for pages that state them.
export { thresholds, algorithmGrades } from './algorithm';
// What each urgency means for the reader (admit now / same-day review / routine review), cited (issue #17).
export { urgencyMeaningFor, urgencyMeanings } from './algorithm';
export type { UrgencyMeaning, UrgencyRule } from './algorithm';
// Verification (issue #17): the cited invariants, the enumerated case space and the named scenarios, for a page
// that lists them and runs them live. Data and functions only: nothing runs on import.
export { invariants, violations, caseSpace, enumerateCases, allHistories, scenarios } from './algorithm';
export type { Invariant, Violation, Scenario, ExpectedOption } from './algorithm';
