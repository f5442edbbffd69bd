/**
 * The titration simulator's own inputs — the agent, the romiplostim rule set, the agent's start options,
 * how days are entered, and the assessments as typed — shared by the titration and monitoring pages
 * through the link (titration-url.ts). Days are the one stored truth: a date or a week typed is kept as its
 * day number from the first dose, so switching between days, weeks and dates loses nothing.
 */
import { atom } from 'nanostores';
import type { Agent, CypInteraction, PlateletUnit, Ruleset } from '../../engine';
import { cypInteractions } from '../../engine/titration/types';
import type { Answer } from '../case/case';
import { addDays, daysBetween, isIsoDate } from './days';

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
  /** Eltrombopag start dose. */
  eastAsian: Answer;
  hepatic: Answer;
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
  hepatic: '',
  cyp: '',
  rows: [{ ...blankRow, day: '0' }],
};

export const $titration = atom<TitrationFields>({ ...emptyTitration, rows: [...emptyTitration.rows] });

export function setTitrationField<K extends keyof TitrationFields>(key: K, value: TitrationFields[K]): void {
  $titration.set({ ...$titration.get(), [key]: value });
}

/**
 * Changes some fields of one row on top of the row as stored now, not as last rendered: a reader who types
 * the count before the rows re-render after the day (the re-render waits a tick) keeps the day.
 */
export function setRow(index: number, patch: Partial<TitrationRow>): void {
  setTitrationField('rows', $titration.get().rows.map((old, at) => (at === index ? { ...old, ...patch } : old)));
}

/** Appends a row whose day is `day` (the next count due) and returns its index. */
export function appendRow(day: string): number {
  const rows = [...$titration.get().rows, { ...blankRow, day }];
  setTitrationField('rows', rows);
  return rows.length - 1;
}

/** Removes a row; the last one left is emptied instead, so there is always a row to type into. */
export function removeRow(index: number): void {
  const rows = $titration.get().rows.filter((_row, at) => at !== index);
  setTitrationField('rows', rows.length === 0 ? [{ ...blankRow, day: '0' }] : rows);
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
export function setRowDate(index: number, date: string): void {
  const fields = $titration.get();
  if (index === 0) {
    const rows = fields.rows.map((row, at) => {
      if (at === 0) return { ...row, day: date === '' ? '' : '0' };
      const kept = rowDate(fields.start, row.day);
      const day = kept === '' ? undefined : daysBetween(date, kept);
      return day === undefined ? row : { ...row, day: String(day) };
    });
    $titration.set({ ...fields, start: date, rows });
    return;
  }
  const day = daysBetween(fields.start, date);
  setRow(index, { day: day === undefined ? '' : String(day) });
}

/** Whether the rows can be typed as dates: date entry needs the first-dose date before the others. */
export function hasStart(fields: TitrationFields): boolean {
  return isIsoDate(fields.start);
}

/** Ids of the simulator's controls, for errors and problem links that point at them. */
export const titrationControlIds = {
  agent: 'titration-agent',
  ruleset: 'titration-ruleset',
  entry: 'titration-entry',
  unit: 'titration-unit',
  eastAsian: 'titration-east-asian',
  hepatic: 'titration-hepatic',
  cyp: 'titration-cyp',
  day: (row: number) => `titration-day-${row}`,
  count: (row: number) => `titration-count-${row}`,
  weight: (row: number) => `titration-weight-${row}`,
} as const;
