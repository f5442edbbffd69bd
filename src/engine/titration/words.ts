/**
 * Wording shared by every agent's steps. Functions, not constants: a shared module does no work on import,
 * so a bundle that takes one export does not carry the others' formatting (issue #21).
 */
import { formatNumber } from '../format/number';
import type { Note } from '../result';

/** "Count 38 < 50, 14 days at this dose (≥ 14): increase by 25 mg to 75 mg once daily." */
export function sentence(conditions: string, action: string): string {
  return `${conditions.charAt(0).toUpperCase()}${conditions.slice(1)}: ${action}.`;
}

/** The contract's reading of "not enough to avoid clinically important bleeding" (DESIGN.md): a count still below this. */
export const promptCount = 50;

export function promptSentence(): string {
  return `This is a prompt to stop, for the prescriber to confirm: the label's "not enough to avoid clinically important bleeding" is read as a count still < ${formatNumber(promptCount)} at the end of the stated period.`;
}

export function promptNote(): Note {
  return {
    code: 'discontinue-prompt',
    message: `A stop for lack of response is a prompt for the prescriber to confirm, not an order: the engine reads the label's "not enough to avoid clinically important bleeding" as a count still < ${formatNumber(promptCount)} ×10⁹/L at the end of the stated period.`,
  };
}

export const heldSchedule = 'No dose while on hold';
export const stoppedSchedule = 'Stopped: no further doses';

export function stoppedReason(day: number): string {
  return `Stopped on day ${formatNumber(day)}: no further doses.`;
}
