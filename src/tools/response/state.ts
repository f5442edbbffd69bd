/**
 * The response assessor's inputs — a baseline count, day-and-count rows, bleeding — and its result through
 * the engine: each count converted from the chosen unit (with the note saying which), then assessResponse.
 * Blank rows are skipped, so the empty row offered for the next count never shows an error.
 */
import { atom, computed } from 'nanostores';
import { assessResponse, ranges, type Note, type PlateletUnit, type ResponseAssessment, type Result } from '../../engine';
import { plateletUnits, plateletsToSI, readTypedValue } from '../../engine/units';
import type { Answer } from '../shared/parse-input';
import { engineProblems, type Problem } from '../shared/problems';
import { encodeRows, splitRows } from '../shared/link-list';
import { linkMessages } from '../shared/messages';
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

/** The assessor's fields as problems name them: "response.baseline", "response.rows.2.count". */
export type ResponseFieldKey = `response.${'baseline' | 'unit' | 'bleeding'}` | `response.rows.${number}.${keyof CountRow}`;

export const responseRowField = (row: number, key: keyof CountRow): ResponseFieldKey => `response.rows.${row}.${key}`;

/**
 * "7:40;14:65" → rows (link-list.ts; old links' "7:40,14:65" too). The values are kept as typed for the
 * engine to check beside each row; a row that is not day:count is left out with a notice naming it.
 */
function decodeRows(raw: string, rejected: string[]): CountRow[] {
  const rows: CountRow[] = [];
  for (const { text, parts } of splitRows(raw)) {
    if (parts?.length === 2) rows.push({ day: parts[0] ?? '', count: parts[1] ?? '' });
    else rejected.push(linkMessages.notACount(text));
  }
  return rows;
}

export const responseCodec: UrlCodec<ResponseFields> = {
  decode(params, fallback) {
    const rejected: string[] = [];
    const counts = params.get('counts');
    const rows = counts === null ? fallback.rows : decodeRows(counts, rejected);
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
    const counts = value.rows.filter((row) => !isBlank(row)).map((row) => [row.day.trim(), row.count.trim()]);
    writeValue(params, 'counts', encodeRows(counts), '');
    writeAnswer(params, 'rbleed', value.bleeding);
  },
};

export interface ResponseOutcome {
  /** Field → message, for errors shown beside their control. */
  errors: Partial<Record<ResponseFieldKey, string>>;
  /** Field → notes on how a count was read (the unit assumed). */
  notes: Partial<Record<ResponseFieldKey, Note[]>>;
  result:
    | { state: 'idle' }
    | { state: 'problems'; problems: Problem<ResponseFieldKey>[] }
    | { state: 'assessed'; assessment: ResponseAssessment; warnings: Note[] };
}

export function responseOutcome(fields: ResponseFields): ResponseOutcome {
  const out: ResponseOutcome = { errors: {}, notes: {}, result: { state: 'idle' } };
  const unreadable: Problem<ResponseFieldKey>[] = [];
  // Each value goes to the engine as typed: its separator rules read "8,000" /µL as 8 ×10⁹/L and say so (issue #18).
  const read = (field: ResponseFieldKey, result: Result<number>): number | undefined => {
    if (!result.ok) {
      const message = result.errors.map((error) => error.message).join(' ');
      out.errors[field] = message;
      unreadable.push({ field, message });
      return undefined;
    }
    out.notes[field] = result.warnings;
    return result.value;
  };
  const toSI = (text: string, field: ResponseFieldKey) => read(field, plateletsToSI(text, fields.unit, field));
  // An empty day is the engine's to ask for, in the problem list only (nothing flagged before it is reached).
  const toDay = (text: string, field: ResponseFieldKey) => (text.trim() === '' ? undefined : read(field, readTypedValue(text, field, ranges.day)));
  const filled = fields.rows.map((row, index) => ({ row, index })).filter(({ row }) => !isBlank(row));
  if (fields.baseline.trim() === '' && filled.length === 0 && fields.bleeding === '') return out;

  const baselineCount = fields.baseline.trim() === '' ? undefined : toSI(fields.baseline, 'response.baseline');
  const counts = filled.map(({ row, index }) => ({ day: toDay(row.day, responseRowField(index, 'day')), count: toSI(row.count, responseRowField(index, 'count')) }));
  // Engine fields name the entry among the filled rows ("counts[1].day"): map them back to the row on screen.
  const firstDay = responseRowField(0, 'day');
  const targets: Record<string, ResponseFieldKey> = { baselineCount: 'response.baseline', bleeding: 'response.bleeding', counts: firstDay };
  const typed = new Map<ResponseFieldKey, string>([['response.baseline', fields.baseline]]);
  filled.forEach(({ row, index }, at) => {
    const [day, count] = [responseRowField(index, 'day'), responseRowField(index, 'count')];
    typed.set(day, row.day);
    typed.set(count, row.count);
    targets[`counts[${at}]`] = day;
    targets[`counts[${at}].day`] = day;
    targets[`counts[${at}].count`] = count;
  });
  if (unreadable.length > 0) return { ...out, result: { state: 'problems', problems: unreadable } };

  const bleeding = fields.bleeding === '' ? undefined : fields.bleeding === 'yes';
  const assessed = assessResponse({ baselineCount, counts, bleeding });
  if (assessed.ok) return { ...out, result: { state: 'assessed', assessment: assessed.value, warnings: assessed.warnings } };
  const problems = engineProblems(assessed.errors, targets, firstDay);
  // A problem with something typed (a day out of order) also goes beside its control; "enter the day" for
  // a control still empty stays in the list only, so nothing is flagged before the reader reaches it.
  for (const problem of problems) {
    if ((typed.get(problem.field) ?? '').trim() !== '') out.errors[problem.field] ??= problem.message;
  }
  return { ...out, result: { state: 'problems', problems } };
}

export const $responseOutcome = computed($response, responseOutcome);
