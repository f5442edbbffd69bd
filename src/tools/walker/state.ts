/**
 * The algorithm walker: the shared case plus three optional questions the algorithm can use, through
 * recommend() → urgency, ranked options and the path of node ids to light on the diagram.
 */
import { atom, computed } from 'nanostores';
import { recommend, type CaseInput, type Note, type Recommendation } from '../../engine';
import { $case, emptyCase, type CaseFields } from '../case/case';
import { $caseValues, type CaseValues } from '../case/case-values';
import { caseField, caseProblems, type CaseFieldKey } from '../case/field-keys';
import { answerValue, type Answer } from '../shared/parse-input';
import { engineProblems, type Problem } from '../shared/problems';
import { readAnswer, readChoice, writeAnswer, writeValue } from '../shared/url-params';
import type { UrlCodec } from '../shared/url-state';

/** The walker's questions, which the algorithm reads. */
export interface WalkerAnswers {
  anticoagulants: Answer;
  procedurePlanned: Answer;
  qualityOfLifeImpaired: Answer;
}

/** How the walker may show its answer besides in full (`view=`): the result and the lit path only, for a slide. */
export const walkerViews = ['compact'] as const;
export type WalkerLayout = '' | (typeof walkerViews)[number];

export interface WalkerFields extends WalkerAnswers {
  view: WalkerLayout;
}

const params = { anticoagulants: 'anticoag', procedurePlanned: 'procedure', qualityOfLifeImpaired: 'qol' } as const;

export const emptyWalker: WalkerFields = { anticoagulants: '', procedurePlanned: '', qualityOfLifeImpaired: '', view: '' };

export const $walker = atom<WalkerFields>({ ...emptyWalker });

export function setWalkerField(key: keyof WalkerAnswers, value: Answer): void {
  $walker.set({ ...$walker.get(), [key]: value });
}

export const walkerCodec: UrlCodec<WalkerFields> = {
  decode(search, fallback) {
    const rejected: string[] = [];
    const value = { ...fallback };
    for (const key of Object.keys(params) as (keyof WalkerAnswers)[]) {
      value[key] = readAnswer(search, params[key], rejected) ?? fallback[key];
    }
    value.view = readChoice(search, 'view', walkerViews, rejected) ?? fallback.view;
    return { value, rejected };
  },
  encode(value, search) {
    for (const key of Object.keys(params) as (keyof WalkerAnswers)[]) writeAnswer(search, params[key], value[key]);
    writeValue(search, 'view', value.view, '');
  },
};

/** A field a walker problem can name: its own questions ("walker.anticoagulants"), or the case's. */
export type WalkerProblemField = `walker.${keyof WalkerAnswers}` | CaseFieldKey;

/** The case fields the walker reads. */
export const walkerCaseFields = ['age', 'count', 'bleeding', 'months', 'prior', 'pregnant'] as const satisfies readonly (keyof CaseFields)[];

/** Where each of recommend()'s error fields is fixed. */
const problemFields: Readonly<Record<string, WalkerProblemField>> = {
  ageYears: caseField('age'),
  count: caseField('count'),
  bleeding: caseField('bleeding'),
  monthsSinceDiagnosis: caseField('months'),
  prior: caseField('prior'),
  pregnant: caseField('pregnant'),
  anticoagulants: 'walker.anticoagulants',
  procedurePlanned: 'walker.procedurePlanned',
  qualityOfLifeImpaired: 'walker.qualityOfLifeImpaired',
};

export type WalkOutcome =
  | { state: 'idle' }
  | { state: 'problems'; problems: Problem<WalkerProblemField>[] }
  | { state: 'walked'; recommendation: Recommendation; warnings: Note[] };

function untouched(fields: CaseFields): boolean {
  return walkerCaseFields.every((key) => JSON.stringify(fields[key]) === JSON.stringify(emptyCase[key]));
}

function optional(key: keyof WalkerAnswers, answer: Answer): Partial<CaseInput> {
  const value = answerValue(answer);
  return value === undefined ? {} : { [key]: value };
}

export function walkOutcome(typed: CaseFields, values: CaseValues, walker: WalkerFields): WalkOutcome {
  if (untouched(typed)) return { state: 'idle' };
  const unreadable = caseProblems(values.errors, walkerCaseFields);
  if (unreadable.length > 0) return { state: 'problems', problems: unreadable };
  const pregnant = answerValue(typed.pregnant);
  const input = {
    ageYears: values.ageYears,
    count: values.count,
    bleeding: typed.bleeding === '' ? undefined : typed.bleeding,
    monthsSinceDiagnosis: values.monthsSinceDiagnosis,
    prior: typed.prior,
    ...(pregnant === undefined ? {} : { pregnant }),
    ...optional('anticoagulants', walker.anticoagulants),
    ...optional('procedurePlanned', walker.procedurePlanned),
    ...optional('qualityOfLifeImpaired', walker.qualityOfLifeImpaired),
  };
  const result = recommend(input);
  if (!result.ok) return { state: 'problems', problems: engineProblems(result.errors, problemFields, caseField('age')) };
  return { state: 'walked', recommendation: result.value, warnings: result.warnings };
}

export const $walk = computed([$case, $caseValues, $walker], walkOutcome);
