/**
 * The engine input for the titration simulator, built from the case and the simulator's rows: each count
 * converted from the chosen unit, each updated weight from the case's weight unit (both by the engine),
 * blank rows skipped so that a fresh row never shows an error. Also where each engine field is fixed on
 * the page, so an engine error ("counts[2].day") lands beside the control the reader typed it in.
 */
import { ranges, type Agent, type CountEntry, type Note, type Result, type TitrationInput, type TitrationOptions } from '../../engine';
import { plateletsToSI, readTypedValue, weightToKg } from '../../engine/units';
import type { CaseFields } from '../case/case';
import type { CaseValues } from '../case/case-values';
import { caseField, caseProblems, type CaseFieldKey } from '../case/field-keys';
import { answerValue } from '../shared/parse-input';
import { titrationMessages } from '../shared/messages';
import type { Problem } from '../shared/problems';
import { rowField, type TitrationFieldKey, type TitrationFields, type TitrationRow } from './fields';

/** A field a titration problem can name: the simulator's own, or the case's. */
export type TitrationProblemField = TitrationFieldKey | CaseFieldKey;

/**
 * The case fields each agent reads: romiplostim is dosed by weight, eltrombopag starts lower with hepatic
 * impairment (drugs.md §2.1); every agent reads the age.
 */
export function titrationCaseFields(agent: Agent): readonly ('age' | 'weight' | 'hepatic')[] {
  if (agent === 'romiplostim') return ['age', 'weight'];
  return agent === 'eltrombopag' ? ['age', 'hepatic'] : ['age'];
}

export interface RequestBase {
  /** Field → message, shown beside the field's control. */
  errors: Partial<Record<TitrationFieldKey, string>>;
  /** Field → how a value was read (the unit assumed). */
  notes: Partial<Record<TitrationFieldKey, Note[]>>;
  /** Questions the agent needs answered before its result is shown (never read "not answered" as "no"). */
  unanswered: Problem<TitrationProblemField>[];
}

export type TitrationRequest = RequestBase & (
  | { state: 'idle' }
  | { state: 'problems'; problems: Problem<TitrationProblemField>[] }
  | {
    state: 'ready';
    input: TitrationInput;
    /** rows[i]: the row on screen that counts[i] came from. */
    rows: number[];
    /** Engine field → the field the reader fixes it in. */
    fields: Record<string, TitrationProblemField>;
    /** The fields the reader typed or chose a value in: an engine error there is also shown beside it. */
    typed: TitrationFieldKey[];
  }
);

const isBlank = (row: TitrationRow) => row.count.trim() === '' && row.weight.trim() === '';

function options(caseFields: CaseFields, fields: TitrationFields, values: CaseValues): TitrationOptions {
  const eastAsianAncestry = answerValue(fields.eastAsian);
  const hepaticImpairment = answerValue(caseFields.hepatic);
  return {
    ...(fields.agent === 'romiplostim' ? { ruleset: fields.ruleset } : {}),
    // The reader's "I have checked this weight" (the case panel's, as on the dose calculator): the engine
    // refuses a dosing weight implausible for the age until then.
    ...(fields.agent === 'romiplostim' && caseFields.weightConfirmed === 'yes' ? { weightConfirmed: true } : {}),
    ...(values.ageYears === undefined ? {} : { ageYears: values.ageYears }),
    ...(fields.agent === 'eltrombopag' && eastAsianAncestry !== undefined ? { eastAsianAncestry } : {}),
    ...(fields.agent === 'eltrombopag' && hepaticImpairment !== undefined ? { hepaticImpairment } : {}),
    ...(fields.agent === 'avatrombopag' && fields.cyp !== 'none' && fields.cyp !== '' ? { cypInteraction: fields.cyp } : {}),
  };
}

function unansweredFor(caseFields: CaseFields, fields: TitrationFields): Problem<TitrationProblemField>[] {
  if (fields.agent === 'eltrombopag') {
    return [
      ...(fields.eastAsian === '' ? [{ field: 'titration.eastAsian' as const, message: titrationMessages.eastAsian }] : []),
      ...(caseFields.hepatic === '' ? [{ field: caseField('hepatic'), message: titrationMessages.hepatic }] : []),
    ];
  }
  return fields.agent === 'avatrombopag' && fields.cyp === '' ? [{ field: 'titration.cyp', message: titrationMessages.cyp }] : [];
}

const staticFields: Readonly<Record<string, TitrationProblemField>> = {
  agent: 'titration.agent',
  weightKg: caseField('weight'),
  'options.ageYears': caseField('age'),
  'options.ruleset': 'titration.ruleset',
  'options.eastAsianAncestry': 'titration.eastAsian',
  'options.hepaticImpairment': caseField('hepatic'),
  'options.cypInteraction': 'titration.cyp',
  counts: rowField(0, 'day'),
};

export function titrationRequest(caseFields: CaseFields, values: CaseValues, fields: TitrationFields): TitrationRequest {
  const base: RequestBase = { errors: {}, notes: {}, unanswered: unansweredFor(caseFields, fields) };
  const filled = fields.rows.map((row, index) => ({ row, index })).filter(({ row }) => !isBlank(row));
  if (filled.length === 0) return { ...base, state: 'idle' };

  const rowProblems: Problem<TitrationFieldKey>[] = [];
  const fail = (field: TitrationFieldKey, message: string): undefined => {
    base.errors[field] = message;
    rowProblems.push({ field, message });
    return undefined;
  };

  // Each value goes to the engine as typed: its separator rules read it and its notes say how (issue #18).
  const read = (field: TitrationFieldKey, result: Result<number>): number | undefined => {
    if (result.ok) {
      // "Read as 20 ×10⁹/L" beside every row says nothing: only a conversion, or a check on it, is worth a note.
      const said = result.warnings.filter((note) => note.code !== 'platelet-unit' || fields.unit !== 'x10^9/L');
      if (said.length > 0) base.notes[field] = said;
      return result.value;
    }
    fail(field, result.errors.map((error) => error.message).join(' '));
    return undefined;
  };
  const targets: Record<string, TitrationProblemField> = { ...staticFields };
  const typed: TitrationFieldKey[] = ['titration.ruleset'];
  const counts: CountEntry[] = [];
  filled.forEach(({ row, index }, at) => {
    const [dayField, countField, weightField] = [rowField(index, 'day'), rowField(index, 'count'), rowField(index, 'weight')];
    const day = row.day.trim() === '' ? fail(dayField, titrationMessages.whenMissing[fields.entry]) : read(dayField, readTypedValue(row.day, dayField, ranges.day));
    const count = read(countField, plateletsToSI(row.count, fields.unit, countField));
    const weight = row.weight.trim() === '' ? undefined : read(weightField, weightToKg(row.weight, caseFields.weightUnit, weightField));
    if (day !== undefined && count !== undefined) counts.push({ day, count, ...(weight === undefined ? {} : { weightKg: weight }) });
    targets[`counts[${at}]`] = dayField;
    targets[`counts[${at}].day`] = dayField;
    targets[`counts[${at}].count`] = countField;
    targets[`counts[${at}].weightKg`] = weightField;
    typed.push(dayField, countField, weightField);
  });
  const unreadable = caseProblems(values.errors, titrationCaseFields(fields.agent));
  if (unreadable.length > 0 || rowProblems.length > 0) return { ...base, state: 'problems', problems: [...unreadable, ...rowProblems, ...base.unanswered] };

  const input: TitrationInput = {
    agent: fields.agent,
    ...(fields.agent === 'romiplostim' && values.weightKg !== undefined ? { weightKg: values.weightKg } : {}),
    options: options(caseFields, fields, values),
    counts,
  };
  return { ...base, state: 'ready', input, rows: filled.map(({ index }) => index), fields: targets, typed };
}
