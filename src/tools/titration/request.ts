/**
 * The engine input for the titration simulator, built from the case and the simulator's rows: each count
 * converted from the chosen unit, each updated weight from the case's weight unit (both by the engine),
 * blank rows skipped so that a fresh row never shows an error. Also where each engine field is fixed on
 * the page, so an engine error ("counts[2].day") lands beside the control the reader typed it in.
 */
import type { Agent, CountEntry, Note, TitrationInput, TitrationOptions } from '../../engine';
import { plateletsToSI, weightToKg } from '../../engine/units';
import { answerValue, type CaseFields } from '../case/case';
import type { CaseValues } from '../case/case-values';
import { parseInput } from '../shared/parse-input';
import { caseFieldId, caseProblems, type Problem } from '../shared/problems';
import { titrationControlIds as ids, type TitrationFields, type TitrationRow } from './fields';

/** What the store asks for before the engine is called; the engine's own messages cover the rest. */
export const titrationMessages = {
  whenMissing: {
    day: 'Enter the day of this count (day 0 is the first dose).',
    week: 'Enter the week of this count (week 0 is the first dose).',
    date: 'Enter the date of this count.',
  },
  eastAsian: 'Answer whether the patient has East- or Southeast-Asian ancestry: it changes the eltrombopag start dose.',
  hepatic: 'Answer whether the patient has hepatic impairment: it changes the eltrombopag start dose.',
  cyp: 'Say whether the patient takes a moderate or strong dual CYP2C9 and CYP3A4 inhibitor or inducer: it sets the avatrombopag start level.',
} as const;

/** The case fields each agent reads: romiplostim is dosed by weight; every agent reads the age. */
export function titrationCaseFields(agent: Agent): readonly ('age' | 'weight')[] {
  return agent === 'romiplostim' ? ['age', 'weight'] : ['age'];
}

export interface RequestBase {
  /** Control id → message, shown beside the control. */
  errors: Record<string, string>;
  /** Control id → how a value was read (the unit assumed). */
  notes: Record<string, Note[]>;
  /** Questions the agent needs answered before its result is shown (never read "not answered" as "no"). */
  unanswered: Problem[];
}

export type TitrationRequest = RequestBase & (
  | { state: 'idle' }
  | { state: 'problems'; problems: Problem[] }
  | {
    state: 'ready';
    input: TitrationInput;
    /** rows[i]: the row on screen that counts[i] came from. */
    rows: number[];
    /** Engine field → control id. */
    targets: Record<string, string>;
  }
);

const isBlank = (row: TitrationRow) => row.count.trim() === '' && row.weight.trim() === '';

function options(fields: TitrationFields, values: CaseValues): TitrationOptions {
  const eastAsianAncestry = answerValue(fields.eastAsian);
  const hepaticImpairment = answerValue(fields.hepatic);
  return {
    ...(fields.agent === 'romiplostim' ? { ruleset: fields.ruleset } : {}),
    ...(values.ageYears === undefined ? {} : { ageYears: values.ageYears }),
    ...(fields.agent === 'eltrombopag' && eastAsianAncestry !== undefined ? { eastAsianAncestry } : {}),
    ...(fields.agent === 'eltrombopag' && hepaticImpairment !== undefined ? { hepaticImpairment } : {}),
    ...(fields.agent === 'avatrombopag' && fields.cyp !== 'none' && fields.cyp !== '' ? { cypInteraction: fields.cyp } : {}),
  };
}

function unansweredFor(fields: TitrationFields): Problem[] {
  if (fields.agent === 'eltrombopag') {
    return [
      ...(fields.eastAsian === '' ? [{ target: ids.eastAsian, message: titrationMessages.eastAsian }] : []),
      ...(fields.hepatic === '' ? [{ target: ids.hepatic, message: titrationMessages.hepatic }] : []),
    ];
  }
  return fields.agent === 'avatrombopag' && fields.cyp === '' ? [{ target: ids.cyp, message: titrationMessages.cyp }] : [];
}

const staticTargets: Readonly<Record<string, string>> = {
  agent: ids.agent,
  weightKg: caseFieldId('weight'),
  'options.ageYears': caseFieldId('age'),
  'options.ruleset': ids.ruleset,
  'options.eastAsianAncestry': ids.eastAsian,
  'options.hepaticImpairment': ids.hepatic,
  'options.cypInteraction': ids.cyp,
  counts: ids.day(0),
};

export function titrationRequest(caseFields: CaseFields, values: CaseValues, fields: TitrationFields): TitrationRequest {
  const base: RequestBase = { errors: {}, notes: {}, unanswered: unansweredFor(fields) };
  const filled = fields.rows.map((row, index) => ({ row, index })).filter(({ row }) => !isBlank(row));
  if (filled.length === 0) return { ...base, state: 'idle' };

  const read = (id: string, result: ReturnType<typeof plateletsToSI>): number | undefined => {
    if (result.ok) {
      // "Read as 20 ×10⁹/L = 20 ×10⁹/L" says nothing: only a conversion, or a check on it, is worth a note.
      const said = result.warnings.filter((note) => note.code !== 'platelet-unit' || fields.unit !== 'x10^9/L');
      if (said.length > 0) base.notes[id] = said;
      return result.value;
    }
    base.errors[id] = result.errors.map((error) => error.message).join(' ');
    return undefined;
  };
  const targets: Record<string, string> = { ...staticTargets };
  const counts: CountEntry[] = [];
  filled.forEach(({ row, index }, at) => {
    const day = parseInput(row.day);
    if (day === undefined) base.errors[ids.day(index)] = titrationMessages.whenMissing[fields.entry];
    const count = read(ids.count(index), plateletsToSI(parseInput(row.count), fields.unit, ids.count(index)));
    const weight = row.weight.trim() === '' ? undefined : read(ids.weight(index), weightToKg(parseInput(row.weight), caseFields.weightUnit, ids.weight(index)));
    if (day !== undefined && count !== undefined) counts.push({ day, count, ...(weight === undefined ? {} : { weightKg: weight }) });
    targets[`counts[${at}]`] = ids.day(index);
    targets[`counts[${at}].day`] = ids.day(index);
    targets[`counts[${at}].count`] = ids.count(index);
    targets[`counts[${at}].weightKg`] = ids.weight(index);
  });
  const unreadable = caseProblems(values.errors, titrationCaseFields(fields.agent));
  const rowProblems = Object.entries(base.errors).map(([target, message]) => ({ target, message }));
  if (unreadable.length > 0 || rowProblems.length > 0) return { ...base, state: 'problems', problems: [...unreadable, ...rowProblems, ...base.unanswered] };

  const input: TitrationInput = {
    agent: fields.agent,
    ...(fields.agent === 'romiplostim' && values.weightKg !== undefined ? { weightKg: values.weightKg } : {}),
    options: options(fields, values),
    counts,
  };
  return { ...base, state: 'ready', input, rows: filled.map(({ index }) => index), targets };
}
