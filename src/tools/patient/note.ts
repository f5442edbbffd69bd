/**
 * The summary as a note a clinician pastes (issue #19 item 5): the case, the urgency and what it means, and
 * each option shown with its one-line reason and the dose for this patient, sources written as the
 * bibliography's short references (shared/note-text.ts). A dose the summary withholds (a population limit
 * says not to give it, or the sources give none) is not copied: its alert is, so the note never carries a
 * dose the screen did not show without the reason beside it.
 */
import { optionBriefs, urgencyMeaningFor } from '../../engine';
import { decisionThresholds, drugDisplayName, formatAmount, formatBeside, formatCount, formatItemDose } from '../../engine/format';
import { unitLabels } from '../../engine/units';
import { isCompletePrior, type CaseFields } from '../case/case';
import type { CaseValues } from '../case/case-values';
import { bleedingLabels, outcomeLabels, therapyLabels } from '../case/labels';
import { sourcesText, type Cite } from '../shared/note-text';
import type { OptionSummary, PatientSummary, RegimenDose } from './state';

/** The case in one line: on the summary card (what the answer is for, and all a print shows of the form) and first in the note. */
export function caseLine(fields: CaseFields, values: CaseValues): string {
  const parts = [
    values.ageYears === undefined ? undefined : `age ${formatBeside(values.ageYears, decisionThresholds.ageYears, 1)} years`,
    values.weightKg === undefined ? undefined : `weight ${formatAmount(values.weightKg, 'kg')}`,
    values.heightCm === undefined ? undefined : `height ${formatAmount(values.heightCm, 'cm')}`,
    // The count as typed too when it was converted, so the note shows what was read from what (issue #18).
    values.count === undefined ? undefined
      : `platelets ${formatCount(values.count)}${fields.countUnit === 'x10^9/L' ? '' : ` (typed “${fields.count.trim()}” ${unitLabels[fields.countUnit]})`}`,
    fields.bleeding === '' ? undefined : `bleeding: ${bleedingLabels[fields.bleeding].toLowerCase()}`,
    values.monthsSinceDiagnosis === undefined ? undefined : `months since diagnosis: ${formatBeside(values.monthsSinceDiagnosis, decisionThresholds.months, 2)}`,
    fields.pregnant !== 'yes' ? undefined
      : values.gestationWeeks === undefined ? 'pregnant' : `pregnant, ${formatBeside(values.gestationWeeks, decisionThresholds.gestationWeeks, 1)} weeks`,
    fields.pregnant === 'yes' && fields.deliveryPlanned === 'yes' ? 'delivery planned' : undefined,
  ].filter((part) => part !== undefined);
  const prior = fields.prior.filter(isCompletePrior).map((entry) => `${therapyLabels[entry.therapy]} (${outcomeLabels[entry.outcome].toLowerCase()})`);
  return `Case: ${parts.join(', ')}; earlier treatments: ${prior.length === 0 ? 'none' : prior.join(', ')}.`;
}

function doseLines(dose: RegimenDose, cite: Cite): string[] {
  if (dose.state !== 'plan') return [];
  const alerts = dose.warnings.filter((note) => note.limit !== undefined).map((note) => `   Alert: ${note.message}${sourcesText(note.citation === undefined ? [] : [note.citation], cite)}`);
  if (dose.withheld) return [`   ${dose.plan.name}: dose withheld for this patient.`, ...alerts];
  const items = dose.plan.items.map((item) => `   ${drugDisplayName(item.drug)} ${formatItemDose(item)}, ${item.route}; ${item.schedule}`);
  return [`   ${dose.plan.name}${sourcesText(dose.plan.citations, cite)}:`, ...alerts, ...items];
}

function optionLines({ option, source, doses }: OptionSummary, index: number, cite: Cite): string[] {
  const brief = optionBriefs[option.id];
  const head = `${index + 1}. ${option.label}: ${brief.text}${sourcesText(brief.citations, cite)}`;
  if (source.kind === 'none') return [head, `   No dose: ${source.why}`];
  if (source.kind === 'titration') return [head, '   Starting dose and titration: by agent, in the titration simulator.'];
  return [head, ...doses.flatMap((dose) => doseLines(dose, cite))];
}

/** The note, or nothing until the case has an answer. */
export function patientNoteText(summary: PatientSummary, fields: CaseFields, values: CaseValues, cite: Cite): string | undefined {
  const meaning = summary.state === 'walked' ? urgencyMeaningFor(summary.urgency, values.ageYears) : undefined;
  if (summary.state !== 'walked' || meaning === undefined) return undefined;
  return [
    caseLine(fields, values),
    `Urgency: ${meaning.label}: ${meaning.action}. ${meaning.meaning}${sourcesText(meaning.citations, cite)}`,
    'First options:',
    ...summary.options.flatMap((option, index) => optionLines(option, index, cite)),
    'Doses computed by ITP Pathway from the cited sources: check each against the product label and local protocol before prescribing.',
  ].join('\n');
}
