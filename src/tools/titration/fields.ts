/**
 * The titration simulator's own inputs — the agent, the romiplostim rule set, the agent's start options,
 * how days are entered, and the assessments as typed — shared by the titration and monitoring pages
 * through the link (codec.ts), and the edits a reader makes to them, as pure functions of the fields (the
 * stores are made per page, state.ts). Days are the one stored truth: a date or a week typed is kept as its
 * day number from the first dose, so switching between days, weeks and dates loses nothing.
 */
import type { Agent, CypInteraction, PlateletUnit, Ruleset } from '../../engine';
import { cypInteractions } from '../../engine';
import type { Answer } from '../shared/parse-input';
import { addDays, daysBetween, isIsoDate } from '../shared/days';

export const dayEntries = ['day', 'week', 'date'] as const;
export type DayEntry = (typeof dayEntries)[number];

/** Avatrombopag: no interacting drug, or one of the engine's interactions. */
export const cypChoices = ['none', ...cypInteractions] as const;

export interface TitrationRow {
  /** Days from the first dose (day 0), as typed, or worked out from the date typed. */
  day: string;
  count: string;
  /** Romiplostim, children: the weight measured at this assessment, in the case's weight unit. */
  weight: string;
}

export interface TitrationFields {
  agent: Agent;
  /** Romiplostim only: the engine refuses the EU SmPC for the other agents. */
  ruleset: Ruleset;
  entry: DayEntry;
  /** Date entry: the date of the first dose, YYYY-MM-DD. */
  start: string;
  /** One unit for every count, as a laboratory report has. */
  unit: PlateletUnit;
  /** Eltrombopag start dose (with the case's hepatic impairment). */
  eastAsian: Answer;
  /** Avatrombopag start level: '' until the reader says whether such a drug is taken. */
  cyp: CypInteraction | 'none' | '';
  rows: TitrationRow[];
}

export const blankRow: TitrationRow = { day: '', count: '', weight: '' };

export const emptyTitration: TitrationFields = {
  agent: 'romiplostim',
  ruleset: 'us-label',
  entry: 'day',
  start: '',
  unit: 'x10^9/L',
  eastAsian: '',
  cyp: '',
  rows: [{ ...blankRow, day: '0' }],
};

/** Some fields of one row changed on top of the row as it is now. */
export function withRow(fields: TitrationFields, index: number, patch: Partial<TitrationRow>): TitrationFields {
  return { ...fields, rows: fields.rows.map((old, at) => (at === index ? { ...old, ...patch } : old)) };
}

/** A row appended whose day is `day` (the next count due). */
export function withRowAdded(fields: TitrationFields, day: string): TitrationFields {
  return { ...fields, rows: [...fields.rows, { ...blankRow, day }] };
}

/** A row removed; the last one left is emptied instead, so there is always a row to type into. */
export function withoutRow(fields: TitrationFields, index: number): TitrationFields {
  const rows = fields.rows.filter((_row, at) => at !== index);
  return { ...fields, rows: rows.length === 0 ? [{ ...blankRow, day: '0' }] : rows };
}

/** The date a row's day falls on in date entry; '' while the first-dose date or the day is missing. */
export function rowDate(start: string, day: string): string {
  const days = Number(day.trim());
  return day.trim() === '' ? '' : (addDays(start, days) ?? '');
}

/**
 * A date typed into a row. The first row's date is the first dose (day 0): changing it keeps every other
 * row's date and recounts its day, because those dates are what the reader typed.
 */
export function withRowDate(fields: TitrationFields, index: number, date: string): TitrationFields {
  if (index === 0) {
    const rows = fields.rows.map((row, at) => {
      if (at === 0) return { ...row, day: date === '' ? '' : '0' };
      const kept = rowDate(fields.start, row.day);
      const day = kept === '' ? undefined : daysBetween(date, kept);
      return day === undefined ? row : { ...row, day: String(day) };
    });
    return { ...fields, start: date, rows };
  }
  const day = daysBetween(fields.start, date);
  return withRow(fields, index, { day: day === undefined ? '' : String(day) });
}

/** Whether the rows can be typed as dates: date entry needs the first-dose date before the others. */
export function hasStart(fields: TitrationFields): boolean {
  return isIsoDate(fields.start);
}

/** The simulator's fields as problems name them: "titration.agent", "titration.rows.2.count". */
export type TitrationFieldKey =
  | `titration.${'agent' | 'ruleset' | 'entry' | 'unit' | 'eastAsian' | 'cyp'}`
  | `titration.rows.${number}.${keyof TitrationRow}`;

export const rowField = (row: number, key: keyof TitrationRow): TitrationFieldKey => `titration.rows.${row}.${key}`;
