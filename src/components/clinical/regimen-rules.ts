/**
 * A regimen's dose rules as a reader sees them ("375 mg/m²", "10–15 mg/kg", "40 mg"), read from the
 * engine's regimen data and written by the engine's ISMP-safe formatters, so no dose is typed into a page.
 *
 * Why plan for a 1 kg patient: the engine exports plans, not the rules behind them (each regimen's item
 * data is private to its module). For a 1 kg body a weight-based amount equals its rate per kg (and
 * `amountMax` its upper rate), so the rule is read back rather than retyped. Caps are read from a plan for
 * the heaviest plausible patient, where every cap applies.
 */
import { planRegimen, type Note, type RegimenId } from '../../engine';
import type { PrednisoneRule, RegimenPlan } from '../../engine/regimens';
import type { Dose } from '../../engine/dose';
import { formatDose, formatRate } from '../../engine/format/dose';
import { drugDisplayName } from '../../engine/format/drug-names';

export type AgeGroup = 'adult' | 'child';

export interface DoseRuleView {
  /** Lower-case generic name, as the engine names it. */
  drug: string;
  /** The name a reader sees. */
  name: string;
  /** The rule: "375 mg/m²", "0.03 mg/kg", "40 mg". */
  dose: string;
  route: string;
  schedule: string;
  per: 'dose' | 'day';
  maximum?: { dose: string; source?: string };
  citations: string[];
}

export interface RegimenView {
  name: string;
  items: DoseRuleView[];
  /** Notes that do not depend on the patient's weight (screening, boxed warnings, conflicts). */
  notes: Note[];
}

/** A patient every regimen can be planned for; only weight, height and age vary between the plans. */
function patient(weightKg: number, heightCm: number, age: AgeGroup, prednisoneRule?: PrednisoneRule) {
  return {
    weightKg, heightCm, ageYears: age === 'adult' ? 40 : 8,
    rhD: 'positive', splenectomised: false, haemoglobinGdL: 12, datNegative: true,
    ...(prednisoneRule === undefined ? {} : { prednisoneRule }),
  };
}

function plan(id: RegimenId, weightKg: number, age: AgeGroup, rule?: PrednisoneRule): { plan: RegimenPlan; notes: Note[] } {
  const result = planRegimen(id, patient(weightKg, weightKg > 100 ? 250 : 150, age, rule));
  if (!result.ok) {
    throw new Error(`Engine could not plan "${id}" (${age}): ${result.errors.map((error) => error.message).join(' ')}`);
  }
  return { plan: result.value, notes: result.warnings };
}

function ruleText(dose: Dose): string {
  if (dose.perM2 !== undefined) return formatRate(dose.perM2, undefined, dose.unit, 'm²');
  if (dose.perKg !== undefined) return formatRate(dose.perKg, dose.amountMax, dose.unit, 'kg');
  return formatDose(dose);
}

// The planner writes "Capped at 1,000 mg (standard practice; …): the rate alone gives …"; the words in
// brackets are the cap's source.
const CAP_SOURCE = /^Capped at .+? \((.+)\): the rate alone gives/;

export function regimenView(id: RegimenId, age: AgeGroup = 'adult', prednisoneRule?: PrednisoneRule): RegimenView {
  const unit = plan(id, 1, age, prednisoneRule);
  const heavy = plan(id, 350, age, prednisoneRule);
  const other = plan(id, 2, age, prednisoneRule);
  const items = unit.plan.items.map((item, index): DoseRuleView => {
    const capped = heavy.plan.items[index];
    const source = capped?.capNote?.match(CAP_SOURCE)?.[1];
    return {
      drug: item.drug,
      name: drugDisplayName(item.drug),
      dose: ruleText(item.dose),
      route: item.route,
      schedule: item.schedule,
      per: item.per,
      ...(capped?.dose.capped === true
        ? { maximum: { dose: formatDose(capped.dose), ...(source === undefined ? {} : { source }) } }
        : {}),
      citations: item.citations,
    };
  });
  // A note whose words change with the weight (an amount "here") belongs to one patient, not to the page.
  const steady = new Set(other.notes.map((note) => note.message));
  return { name: unit.plan.name, items, notes: unit.notes.filter((note) => steady.has(note.message)) };
}

/** One item of a regimen, by drug name; the only item when the regimen has one. */
export function regimenItem(view: RegimenView, drug?: string): DoseRuleView {
  const item = drug === undefined ? (view.items.length === 1 ? view.items[0] : undefined) : view.items.find((i) => i.drug === drug);
  if (item === undefined) {
    throw new Error(`Regimen "${view.name}" has ${view.items.length} items (${view.items.map((i) => i.drug).join(', ')}): name one with drug="…".`);
  }
  return item;
}

/** "at most 80 mg a day (ICR 2019 maximum)". */
export function maximumText(item: DoseRuleView): string | undefined {
  if (item.maximum === undefined) return undefined;
  const per = item.per === 'day' ? 'a day' : 'a dose';
  return `at most ${item.maximum.dose} ${per}${item.maximum.source === undefined ? '' : ` (${item.maximum.source})`}`;
}
