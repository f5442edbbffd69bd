/**
 * The formatting gate as one entry point: every number a person reads goes through one of these (ISMP-safe:
 * no trailing zeros, a leading zero, thousands separators, "mcg", "units"). Re-exports only.
 */
export { formatNumber } from './number';
export { formatAmount, formatCount, formatAgeYears, formatMonths, formatHaemoglobin } from './amount';
// A value shown beside the thresholds that decided it, never rounded across one (issue #18).
export { formatBeside, decisionThresholds } from './threshold';
export { formatDose, formatUnits, formatRate, formatVolume } from './dose';
export { formatItemDose, regimenSummaryText } from './regimen-summary';
export { drugDisplayName } from './drug-names';
