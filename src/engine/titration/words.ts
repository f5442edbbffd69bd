/** Wording shared by every agent's steps. */
import { formatNumber } from '../format/number';
import type { Note } from '../result';

/** "Count 38 < 50, 14 days at this dose (≥ 14): increase by 25 mg to 75 mg once daily." */
export function sentence(conditions: string, action: string): string {
  return `${conditions.charAt(0).toUpperCase()}${conditions.slice(1)}: ${action}.`;
}

// The contract's reading of "not enough to avoid clinically important bleeding" (DESIGN.md).
export const promptSentence = `This is a prompt to stop, for the prescriber to confirm: the label's "not enough to avoid clinically important bleeding" is read as a count still < ${formatNumber(50)} at the end of the stated period.`;

export const promptNote: Note = {
  code: 'discontinue-prompt',
  message: `A stop for lack of response is a prompt for the prescriber to confirm, not an order: the engine reads the label's "not enough to avoid clinically important bleeding" as a count still < ${formatNumber(50)} ×10⁹/L at the end of the stated period.`,
};

export const heldSchedule = 'No dose while on hold';
export const stoppedSchedule = 'Stopped: no further doses';

export function stoppedReason(day: number): string {
  return `Stopped on day ${formatNumber(day)}: no further doses.`;
}
