/**
 * A regimen plan as plain text for pasting into a clinical note: every dose through the ISMP-safe
 * formatters, the working, the warnings and the references. No timestamp, so the same plan always gives
 * the same text. Sources are written as `cite` writes them: a page passes its bibliography's short labels
 * ("ASH 2019, rec 3"); without it, the citation keys.
 */
import { withholdsDose, type Note } from '../result';
import type { RegimenItem, RegimenPlan } from '../regimens/types';
import { formatAgeYears, formatAmount } from './amount';
import { formatDose, formatUnits } from './dose';
import { drugDisplayName } from './drug-names';
import { formatNumber, notShown } from './number';
import { finite, literal, listOf, optional, record, text } from '../shape';

const isItemDose = record({
  dose: record({ amount: finite, amountMax: optional(finite), unit: text }),
  internationalUnits: optional(record({ amount: finite, amountMax: optional(finite) })),
  per: literal('dose', 'day'),
});
const isItemText = record({ drug: text, route: text, schedule: text, working: text, capNote: optional(text), citations: listOf(text) });
const isItem = (value: unknown) => isItemDose(value) && isItemText(value);
/** A plan as planRegimen makes it: the fields the summary prints, each of its type. */
const isPlan = record({
  name: text,
  basis: record({
    weightKg: finite, heightCm: optional(finite), ageYears: optional(finite), ageGroup: text,
    bsa: optional(record({ m2: finite, formula: text })),
  }),
  items: listOf(isItem),
  citations: listOf(text),
});
const isNotes = listOf(record({ message: text, citation: optional(text) }));

/** What the summary says when it is handed something other than a plan and its notes. */
export const notAPlan = 'Not a regimen plan: nothing to summarise.';

/** "3,500 mcg (17,500 units)", "80 mg per day", "681.8 mg". */
export function formatItemDose(item: RegimenItem): string {
  if (!isItemDose(item)) return notShown;
  const units = item.internationalUnits === undefined ? '' : ` (${formatUnits(item.internationalUnits)})`;
  return `${formatDose(item.dose)}${units}${item.per === 'day' ? ' per day' : ''}`;
}

function patientLine(basis: RegimenPlan['basis']): string {
  const parts = [
    basis.ageYears === undefined ? 'age not given' : `${basis.ageGroup}, ${formatAgeYears(basis.ageYears)}`,
    formatAmount(basis.weightKg, 'kg'),
    ...(basis.heightCm === undefined ? [] : [formatAmount(basis.heightCm, 'cm')]),
    ...(basis.bsa === undefined ? [] : [`BSA ${formatNumber(basis.bsa.m2)} m² (${basis.bsa.formula === 'mosteller' ? 'Mosteller' : 'DuBois'})`]),
  ];
  return `Patient: ${parts.join(', ')}`;
}

/** How a citation is written in the text. */
export type CiteText = (citation: string) => string;

const asKey: CiteText = (citation) => citation;

function itemLines(item: RegimenItem, cite: CiteText): string[] {
  return [
    `- ${drugDisplayName(item.drug)} ${formatItemDose(item)}, ${item.route}; ${item.schedule}`,
    `  Working: ${item.working} [${item.citations.map(cite).join('; ')}]`,
    ...(item.capNote === undefined ? [] : [`  ${item.capNote}`]),
  ];
}

function noteLine(note: Note, cite: CiteText): string {
  return `- ${note.message}${note.citation === undefined ? '' : ` [${cite(note.citation)}]`}`;
}

/**
 * The limits for this patient (contraindicated, no data, caution: Note.limit) come before any dose, as on
 * screen, so a pasted note cannot lead with a dose the sources advise against (issue #18).
 */
export function regimenSummaryText(plan: RegimenPlan, warnings: readonly Note[] = [], cite: CiteText = asKey): string {
  if (!isPlan(plan) || !isNotes(warnings)) return notAPlan;
  // Called from outside the project too: anything but a function writes the keys.
  const citeText = typeof cite === 'function' ? cite : asKey;
  const limits = warnings.filter((note) => note.limit !== undefined);
  const others = warnings.filter((note) => note.limit === undefined);
  const line = (note: Note): string => noteLine(note, citeText);
  // A dose the sources advise against, or give no data for, for this patient is shown on screen only on
  // request (planner.ts, doseOnRequest): a pasted note never carries it (drugs.md W72, W73).
  const withheld = plan.doseOnRequest === true || withholdsDose(limits);
  return [
    plan.name,
    patientLine(plan.basis),
    ...(limits.length === 0 ? [] : ['Before any dose:', ...limits.map(line)]),
    // Its warnings go too: several carry this patient's computed amounts (anti-D's mcg and units).
    ...(withheld ? ['No dose is written here: the limits above advise against this regimen, or part of it, for this patient.']
      : [...plan.items.flatMap((item) => itemLines(item, citeText)), ...(others.length === 0 ? [] : ['Warnings:', ...others.map(line)])]),
    `References: ${plan.citations.map(citeText).join(', ')}`,
    'Computed by ITP Pathway from the cited sources: check each dose against the product label and local protocol before prescribing.',
  ].join('\n');
}
