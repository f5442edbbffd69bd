/**
 * A regimen's dose rules as a reader sees them ("375 mg/m²", "10–15 mg/kg", "40 mg"), from the engine's
 * regimen data (`regimenRules`, the same items `planRegimen` applies) through its ISMP-safe formatters, so
 * no dose is typed into a page.
 */
import {
  drugDisplayName, formatDose, formatDoseRule, regimenRules,
  type AgeGroup, type ItemSpec, type Note, type PrednisoneRule, type RegimenId,
} from '../../engine';

export type { AgeGroup };

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
  /** The cap and where it comes from: "80 mg", "ICR 2019 maximum". */
  maximum?: { dose: string; source: string };
  citations: string[];
}

export interface RegimenView {
  name: string;
  items: DoseRuleView[];
  /** Notes every plan carries whatever the patient's numbers (screening, boxed warnings, conflicts). */
  notes: Note[];
}

function itemView(spec: ItemSpec): DoseRuleView {
  const { dose } = spec;
  const cap = dose.basis === 'flat' ? undefined : dose.cap;
  return {
    drug: spec.drug,
    name: drugDisplayName(spec.drug),
    dose: formatDoseRule(dose),
    route: spec.route,
    schedule: spec.schedule,
    per: spec.per,
    ...(cap === undefined ? {} : { maximum: { dose: formatDose({ amount: cap.amount, unit: dose.unit }), source: cap.source } }),
    citations: [...spec.citations],
  };
}

function rulesFor(id: RegimenId, age: AgeGroup, prednisoneRule: PrednisoneRule | undefined) {
  const rules = regimenRules(id, { ageGroup: age, ...(prednisoneRule === undefined ? {} : { prednisoneRule }) });
  if (!rules.ok) {
    throw new Error(`Engine has no rules for "${id}" (${age}): ${rules.errors.map((error) => error.message).join(' ')}`);
  }
  return rules.value;
}

/** The regimen's rules for an age group; a page naming a regimen or rule the engine lacks fails the build. */
export function regimenView(id: RegimenId, age: AgeGroup = 'adult', prednisoneRule?: PrednisoneRule): RegimenView {
  const rules = rulesFor(id, age, prednisoneRule);
  return { name: rules.name, items: rules.items.map(itemView), notes: rules.notes };
}

/**
 * One drug's cap as the engine applies it, in its own unit or in grams ("1,000 mg" as "1 g"); a build error when
 * the drug has no cap.
 */
export function capText(id: RegimenId, drug: string, age: AgeGroup = 'adult', unit?: 'g'): string {
  const spec = rulesFor(id, age, undefined).items.find((item) => item.drug === drug);
  const cap = spec === undefined || spec.dose.basis === 'flat' ? undefined : spec.dose.cap;
  if (spec === undefined || cap === undefined) throw new Error(`Regimen "${id}" (${age}) has no cap for "${drug}".`);
  if (unit === undefined || unit === spec.dose.unit) return formatDose({ amount: cap.amount, unit: spec.dose.unit });
  if (spec.dose.unit !== 'mg') throw new Error(`Cannot show a cap in ${spec.dose.unit} as ${unit}.`);
  return formatDose({ amount: cap.amount / 1000, unit });
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
  return `at most ${item.maximum.dose} ${item.per === 'day' ? 'a day' : 'a dose'} (${item.maximum.source})`;
}

export interface DoseTextOptions {
  drug?: string;
  age?: AgeGroup;
  prednisoneRule?: PrednisoneRule;
  /** 'full' (default): dose, route, schedule and maximum; 'schedule': without the route; 'dose': the dose and maximum only. */
  show?: 'full' | 'schedule' | 'dose';
}

/**
 * One regimen's dose in a line, with the citations the engine gives it: "375 mg/m² IV infusion, once weekly
 * for 4 doses". <RegimenDose> prints it in pages; the teaching cases' plain text (the SCORM package) too.
 */
export function doseText(regimen: RegimenId, options: DoseTextOptions = {}): { text: string; citations: string[] } {
  const { drug, age = 'adult', prednisoneRule, show = 'full' } = options;
  const item = regimenItem(regimenView(regimen, age, prednisoneRule), drug);
  const maximum = maximumText(item);
  const text = [
    item.dose,
    { full: ` ${item.route}, ${item.schedule}`, schedule: ` ${item.schedule}`, dose: '' }[show],
    maximum === undefined ? '' : `, ${maximum}`,
  ].join('');
  return { text, citations: item.citations };
}
