/**
 * A label table from the engine (`titrationTable`) in words a reader can check against the label, row by
 * row: the condition with its bounds as <, ≤, >, ≥, the action, any waiting rule, and the citation.
 * Counts are ×10⁹/L.
 */
import {
  boundText, formatNumber, titrationTable,
  type Agent, type LabelRow, type LabelTable, type Ruleset,
} from '../../engine';

export type { Agent, Ruleset };

/** The engine's label table; a page asking for a table the engine does not have fails the build. */
export function labelTable(agent: Agent, ruleset: Ruleset = 'us-label'): LabelTable {
  const table = titrationTable(agent, ruleset);
  if (!table.ok) throw new Error(`No ${ruleset} table for ${agent}: ${table.errors.map((error) => error.message).join(' ')}`);
  return table.value;
}

/** The highest dose level as the label gives it: "10 mcg/kg once weekly". */
export function maximumLevel(table: LabelTable): string {
  return table.levels[table.levels.length - 1];
}

export interface TitrationRow {
  state: LabelRow['state'];
  condition: string;
  action: string;
  wait?: string;
  /** A stop for lack of response: a prompt for the prescriber, not an order. */
  prompt: boolean;
  citation: string;
}

function conditionText(table: LabelTable, row: LabelRow): string {
  const held = row.state === 'held';
  if (row.when === undefined) return held ? 'On hold, any other count' : 'Any other count';
  const { when } = row;
  const parts = [
    held ? 'on hold' : undefined,
    when.count && `count ${boundText(when.count)}`,
    when.previousCount && `previous count ${boundText(when.previousCount)}${when.previousDaysBefore === undefined ? '' : ` (the latest count at least ${formatNumber(when.previousDaysBefore)} days earlier)`}`,
    when.dose === 'lowest' ? `at the lowest dose (${table.levels[0]})` : undefined,
    when.dose === 'highest' ? `at the maximum dose (${maximumLevel(table)})` : undefined,
    when.daysAtDose && `${boundText(when.daysAtDose)} days at this dose`,
    when.countHeldFor && `every count at this dose so for ${boundText(when.countHeldFor)} days`,
    when.dayOfTreatment && `day ${boundText(when.dayOfTreatment)} of treatment`,
    when.afterCountOutside && 'after an earlier count at this dose outside that bound (a response)',
  ].filter((part): part is string => typeof part === 'string');
  const text = parts.join(', ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

/** Every row, in the order the engine tries them: while on hold, then while dosing; each group ends with its fallback. */
export function titrationRows(table: LabelTable): TitrationRow[] {
  return table.rows.map((row) => {
    const wait = row.waitWords;
    return {
      state: row.state,
      condition: conditionText(table, row),
      action: row.action,
      ...(wait === undefined ? {} : { wait }),
      prompt: row.prompt,
      citation: row.citation,
    };
  });
}

/** Who starts where: "50 mg once daily — adult or child aged 6 years or over, …". */
export function startRows(table: LabelTable): { who: string; dose: string; consider: boolean; citation: string }[] {
  return [...table.start.rows, table.start.otherwise].map((start) => ({
    who: start.describe,
    dose: table.levels[start.level],
    consider: start.consider,
    citation: start.citation,
  }));
}

/** Platelet counts and other tests, in words. */
export function monitoringLines(table: LabelTable): { text: string; citation?: string }[] {
  const { counts } = table;
  const afterStop = 'unstated' in counts.afterStop
    ? { text: counts.afterStop.unstated.message, ...(counts.afterStop.unstated.citation ? { citation: counts.afterStop.unstated.citation } : {}) }
    : { text: `After stopping: counts for at least ${formatNumber(counts.afterStop.forDays)} days (${counts.afterStop.every.words}).`, citation: counts.citation };
  return [
    // The engine labels its stable interval "monthly (stable)" for its step table; in a sentence the tag is redundant.
    { text: `Platelet counts ${counts.dosing.words}, then ${counts.stable.words.replace(/ \(stable\)$/, '')}.`, citation: counts.citation },
    afterStop,
    ...table.tests.map((test) => ({ text: `${test.test}: ${test.schedule}.`, citation: test.citation })),
  ];
}
