/**
 * The response assessor's inputs — a baseline count, day-and-count rows, bleeding — and its result through
 * the engine: each count converted from the chosen unit (with the note saying which), then assessResponse.
 * Blank rows are skipped, so the empty row offered for the next count never shows an error.
 */
import { atom, computed } from 'nanostores';
import type { Note, PlateletUnit, ResponseAssessment } from '../../engine';
import { assessResponse } from '../../engine/response';
import { plateletUnits, plateletsToSI } from '../../engine/units';
import type { Answer } from '../case/case';
import { parseInput } from '../shared/parse-input';
import { engineProblems, type Problem } from '../shared/problems';
import { readAnswer, readChoice, writeAnswer, writeValue } from '../shared/url-params';
import type { UrlCodec } from '../shared/url-state';

export interface CountRow {
  day: string;
  count: string;
}

export interface ResponseFields {
  baseline: string;
  /** One unit for every count in the assessment, as a laboratory report has. */
  unit: PlateletUnit;
  rows: CountRow[];
  bleeding: Answer;
}

const blankRow: CountRow = { day: '', count: '' };

const isBlank = (row: CountRow) => row.day.trim() === '' && row.count.trim() === '';

export const emptyResponse: ResponseFields = { baseline: '', unit: 'x10^9/L', rows: [], bleeding: '' };

export const $response = atom<ResponseFields>({ ...emptyResponse });

export function setResponseField<K extends keyof ResponseFields>(key: K, value: ResponseFields[K]): void {
  $response.set({ ...$response.get(), [key]: value });
}

/**
 * Sets the day or count of one row, read afresh from the store (a fast typist can reach the next field
 * before the form re-renders). An index just past the end adds the row: the form always offers one.
 */
export function setRowField(index: number, key: keyof CountRow, value: string): void {
  const rows = $response.get().rows;
  const row = { ...(rows[index] ?? blankRow), [key]: value };
  setResponseField('rows', index >= rows.length ? [...rows, row] : rows.map((old, at) => (at === index ? row : old)));
}

/** The rows as shown: the stored rows, then one empty row to type the next count into. */
export function rowsToShow(rows: readonly CountRow[]): CountRow[] {
  const last = rows[rows.length - 1];
  return last === undefined || !isBlank(last) ? [...rows, { ...blankRow }] : [...rows];
}

export function removeRow(index: number): void {
  setResponseField('rows', $response.get().rows.filter((_row, at) => at !== index));
}

/** Ids of the assessor's controls, for problems that point at them. */
export const responseControlIds = {
  baseline: 'response-baseline',
  unit: 'response-unit',
  bleeding: 'response-bleeding',
  day: (row: number) => `response-day-${row}`,
  count: (row: number) => `response-count-${row}`,
} as const;

export const responseCodec: UrlCodec<ResponseFields> = {
  decode(params, fallback) {
    const rejected: string[] = [];
    const counts = params.get('counts');
    const rows = counts === null
      ? fallback.rows
      : counts.split(',').filter((pair) => pair !== '').map((pair) => {
        const [day = '', count = ''] = pair.split(':');
        return { day, count };
      });
    const value: ResponseFields = {
      baseline: params.get('base') ?? fallback.baseline,
      unit: readChoice(params, 'cu', plateletUnits, rejected) ?? fallback.unit,
      rows,
      bleeding: readAnswer(params, 'rbleed', rejected) ?? fallback.bleeding,
    };
    return { value, rejected };
  },
  encode(value, params) {
    writeValue(params, 'base', value.baseline.trim(), '');
    writeValue(params, 'cu', value.unit, emptyResponse.unit);
    const counts = value.rows.filter((row) => !isBlank(row)).map((row) => `${row.day.trim()}:${row.count.trim()}`);
    writeValue(params, 'counts', counts.join(','), '');
    writeAnswer(params, 'rbleed', value.bleeding);
  },
};

export interface ResponseOutcome {
  /** Control id → message, for errors shown beside their control. */
  errors: Record<string, string>;
  /** Control id → notes on how a count was read (the unit assumed). */
  notes: Record<string, Note[]>;
  result:
    | { state: 'idle' }
    | { state: 'problems'; problems: Problem[] }
    | { state: 'assessed'; assessment: ResponseAssessment; warnings: Note[] };
}

function problemsFrom(errors: Record<string, string>): Problem[] {
  return Object.entries(errors).map(([target, message]) => ({ target, message }));
}

export function responseOutcome(fields: ResponseFields): ResponseOutcome {
  const out: ResponseOutcome = { errors: {}, notes: {}, result: { state: 'idle' } };
  const toSI = (text: string, id: string): number | undefined => {
    const result = plateletsToSI(parseInput(text), fields.unit, id);
    if (!result.ok) {
      out.errors[id] = result.errors.map((error) => error.message).join(' ');
      return undefined;
    }
    out.notes[id] = result.warnings;
    return result.value;
  };
  const filled = fields.rows.map((row, index) => ({ row, index })).filter(({ row }) => !isBlank(row));
  if (fields.baseline.trim() === '' && filled.length === 0 && fields.bleeding === '') return out;

  const baselineCount = fields.baseline.trim() === '' ? undefined : toSI(fields.baseline, responseControlIds.baseline);
  const counts = filled.map(({ row, index }) => ({ day: parseInput(row.day), count: toSI(row.count, responseControlIds.count(index)) }));
  // Engine fields name the entry among the filled rows ("counts[1].day"): map them back to the row on screen.
  const targets: Record<string, string> = { baselineCount: responseControlIds.baseline, bleeding: responseControlIds.bleeding, counts: responseControlIds.day(0) };
  const typed: Record<string, string> = { [responseControlIds.baseline]: fields.baseline };
  filled.forEach(({ row, index }, at) => {
    typed[responseControlIds.day(index)] = row.day;
    typed[responseControlIds.count(index)] = row.count;
    targets[`counts[${at}]`] = responseControlIds.day(index);
    targets[`counts[${at}].day`] = responseControlIds.day(index);
    targets[`counts[${at}].count`] = responseControlIds.count(index);
  });
  if (Object.keys(out.errors).length > 0) return { ...out, result: { state: 'problems', problems: problemsFrom(out.errors) } };

  const bleeding = fields.bleeding === '' ? undefined : fields.bleeding === 'yes';
  const assessed = assessResponse({ baselineCount, counts, bleeding });
  if (assessed.ok) return { ...out, result: { state: 'assessed', assessment: assessed.value, warnings: assessed.warnings } };
  const problems = engineProblems(assessed.errors, targets, responseControlIds.day(0));
  // A problem with something typed (a day out of order) also goes beside its control; "enter the day" for
  // a control still empty stays in the list only, so nothing is flagged before the reader reaches it.
  for (const problem of problems) {
    if ((typed[problem.target] ?? '').trim() !== '') out.errors[problem.target] ??= problem.message;
  }
  return { ...out, result: { state: 'problems', problems } };
}

export const $responseOutcome = computed($response, responseOutcome);
