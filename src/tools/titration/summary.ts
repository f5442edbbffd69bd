/**
 * The titration as plain text for a clinical note: what it was computed from, each step with its rule and
 * source, and the engine's notes. The engine's own words and formatted numbers only, no timestamp; sources as
 * the bibliography's short labels (shared/note-text.ts).
 */
import type { Note, TitrationInput, TitrationValue } from '../../engine';
import type { Cite } from '../shared/note-text';
import { formatAgeYears, formatAmount, formatCount, formatNumber } from '../../engine/format';
import { titrationMessages } from '../shared/messages';
import { actionNames, agentNames, rulesetNames } from './words';

function basis(input: TitrationInput): string {
  const parts = [
    ...(input.weightKg === undefined ? [] : [`weight at initiation ${formatAmount(input.weightKg, 'kg')}`]),
    ...(input.options?.ageYears === undefined ? [] : [`age ${formatAgeYears(input.options.ageYears)}`]),
  ];
  return parts.length === 0 ? '' : `Computed for: ${parts.join(', ')}.`;
}

export function titrationSummaryText(value: TitrationValue, warnings: readonly Note[], input: TitrationInput, cite: Cite): string {
  const steps = value.steps.map((step) => {
    const decision = step.restartDecision === true ? ` ${titrationMessages.restartDecision(formatCount(step.count), formatNumber(step.nextCountDue))}` : '';
    return `Day ${formatNumber(step.day)}: count ${formatCount(step.count)}. ${actionNames[step.action]}: ${step.schedule}.${decision} ${step.reason} [${cite(step.citation)}] (next count day ${formatNumber(step.nextCountDue)}: ${step.countSchedule})`;
  });
  return [
    `Titration: ${agentNames[value.agent]}, ${rulesetNames[value.ruleset]}.`,
    basis(input),
    ...steps,
    ...(warnings.length === 0 ? [] : ['Notes:', ...warnings.map((note) => `- ${note.message}${note.citation === undefined ? '' : ` [${cite(note.citation)}]`}`)]),
    'Support for clinical judgement: check every dose against the current label.',
  ].filter((line) => line !== '').join('\n');
}
