/**
 * The algorithm walker: the shared case plus three optional questions the algorithm can use, through the
 * engine's walker over the parts of the graph the case needs (recommendWith, each part loaded when the age
 * and pregnancy answer call for it: parts.ts) → urgency, ranked options and the path of node ids to light on
 * the diagram. A question that does not apply to this patient is not shown and its answer is not read: the
 * pregnancy details only in pregnancy, quality of life only for a child (issue #17 item 5).
 */
import { atom, computed } from 'nanostores';
import { partsFor, recommendWith, type AlgorithmPartId, type CaseInput, type Note, type Recommendation } from '../../engine';
import { thresholds } from '../../engine/algorithm';
import { $case, emptyCase, isCompletePrior, type CaseFields } from '../case/case';
import { $caseValues, type CaseValues } from '../case/case-values';
import { caseField, caseProblems, type CaseFieldKey } from '../case/field-keys';
import { walkerMessages } from '../shared/messages';
import { loadedNothing } from '../shared/on-choice';
import { answerValue, type Answer } from '../shared/parse-input';
import { engineProblems, type Problem } from '../shared/problems';
import { readAnswer, readChoice, writeAnswer, writeValue } from '../shared/url-params';
import type { UrlCodec } from '../shared/url-state';
import { carriedParts, scriptsFor, type PartRules, type PartScript } from './parts';

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
export const walkerCaseFields = [
  'age', 'count', 'bleeding', 'months', 'prior', 'pregnant', 'gestation', 'deliveryPlanned',
] as const satisfies readonly (keyof CaseFields)[];

/** Quality of life is asked about children only (ASH 2019's paediatric trigger, §1.3): a child is under 18. */
export function asksQualityOfLife(values: CaseValues): boolean {
  return values.ageYears !== undefined && values.ageYears < thresholds.adultFromYears;
}

/** Where each of recommend()'s error fields is fixed. */
const problemFields: Readonly<Record<string, WalkerProblemField>> = {
  ageYears: caseField('age'),
  count: caseField('count'),
  bleeding: caseField('bleeding'),
  monthsSinceDiagnosis: caseField('months'),
  prior: caseField('prior'),
  pregnant: caseField('pregnant'),
  gestationWeeks: caseField('gestation'),
  deliveryPlanned: caseField('deliveryPlanned'),
  anticoagulants: 'walker.anticoagulants',
  procedurePlanned: 'walker.procedurePlanned',
  qualityOfLifeImpaired: 'walker.qualityOfLifeImpaired',
};

export type WalkOutcome =
  | { state: 'idle' }
  /** The part of the graph this case needs is on its way (a script of its own, parts.ts): the answer follows. */
  | { state: 'loading' }
  | { state: 'problems'; problems: Problem<WalkerProblemField>[] }
  | { state: 'walked'; recommendation: Recommendation; warnings: Note[] };

function untouched(fields: CaseFields): boolean {
  return walkerCaseFields.every((key) => JSON.stringify(fields[key]) === JSON.stringify(emptyCase[key]));
}

function optional(key: keyof WalkerAnswers, answer: Answer): Partial<CaseInput> {
  const value = answerValue(answer);
  return value === undefined ? {} : { [key]: value };
}

/** The parts of the graph the case on screen needs: known once the age is. */
export function partsWanted(typed: CaseFields, values: CaseValues): AlgorithmPartId[] {
  return partsFor({ ageYears: values.ageYears, pregnant: answerValue(typed.pregnant) });
}

/**
 * The parts of the graph the page has: each is loaded when the case needs it (parts.ts). Module-level like the
 * case; a page (or a test) that carries them already starts with them.
 */
export const $partRules = atom<PartRules>(loadedNothing());

/** The scripts those parts come from (parts.ts). */
export function scriptsWanted(typed: CaseFields, values: CaseValues): PartScript[] {
  return scriptsFor(partsWanted(typed, values));
}

export const $wantedParts = computed([$case, $caseValues], scriptsWanted);

export function walkOutcome(typed: CaseFields, values: CaseValues, walker: WalkerFields, parts: PartRules): WalkOutcome {
  if (untouched(typed)) return { state: 'idle' };
  const unreadable = caseProblems(values.errors, walkerCaseFields);
  if (unreadable.length > 0) return { state: 'problems', problems: unreadable };
  const wanted = scriptsWanted(typed, values);
  if (wanted.some((part) => parts.loading.includes(part))) return { state: 'loading' };
  if (wanted.some((part) => parts.failed.includes(part))) return { state: 'problems', problems: [{ field: caseField('age'), message: walkerMessages.partNotLoaded }] };
  const pregnant = answerValue(typed.pregnant);
  const delivery = answerValue(typed.deliveryPlanned);
  const input = {
    ageYears: values.ageYears,
    count: values.count,
    bleeding: typed.bleeding === '' ? undefined : typed.bleeding,
    monthsSinceDiagnosis: values.monthsSinceDiagnosis,
    prior: typed.prior.filter(isCompletePrior),
    ...(pregnant === undefined ? {} : { pregnant }),
    ...(pregnant === true && values.gestationWeeks !== undefined ? { gestationWeeks: values.gestationWeeks } : {}),
    ...(pregnant === true && delivery !== undefined ? { deliveryPlanned: delivery } : {}),
    ...optional('anticoagulants', walker.anticoagulants),
    ...optional('procedurePlanned', walker.procedurePlanned),
    ...(asksQualityOfLife(values) ? optional('qualityOfLifeImpaired', walker.qualityOfLifeImpaired) : {}),
  };
  const result = recommendWith(carriedParts(parts.have, wanted))(input);
  if (!result.ok) return { state: 'problems', problems: engineProblems(result.errors, problemFields, caseField('age')) };
  return { state: 'walked', recommendation: result.value, warnings: result.warnings };
}

export const $walk = computed([$case, $caseValues, $walker, $partRules], walkOutcome);
