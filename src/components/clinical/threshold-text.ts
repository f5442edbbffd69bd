/**
 * A number the treatment algorithm decides on, as a reader reads it, from the engine's thresholds:
 * "observeFromCount" → "30 ×10⁹/L", "splenectomyFromMonths" → "12 months". Shared by <Threshold> and by
 * the teaching cases' plain text (the SCORM package), so both say the same words.
 */
import { formatCount, formatNumber, thresholds } from '../../engine';

export type ThresholdName = keyof typeof thresholds;

/** `bare` leaves out the unit (e.g. in "from 3 to 12 months"). */
export function thresholdText(name: ThresholdName, bare = false): string {
  const value = thresholds[name];
  // The unit follows from the name: counts end in "Count…", durations in "Months", ages in "Years".
  const unit = /Count/.test(name) ? 'count' : /Months$/.test(name) ? 'months' : 'years';
  const word = value === 1 ? unit.slice(0, -1) : unit;
  if (bare) return formatNumber(value);
  return unit === 'count' ? formatCount(value) : `${formatNumber(value)} ${word}`;
}
