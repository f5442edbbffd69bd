/**
 * The formatting gate as one entry point: every number a person reads goes through one of these (ISMP-safe:
 * no trailing zeros, a leading zero, thousands separators, "mcg", "units"). Re-exports only.
 */
export { formatNumber } from './number';
export { formatAmount, formatCount } from './amount';
export { formatDose, formatUnits, formatRate, formatVolume } from './dose';
export { formatItemDose, regimenSummaryText } from './regimen-summary';
export { drugDisplayName } from './drug-names';
