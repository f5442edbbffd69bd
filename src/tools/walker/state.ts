/**
 * The algorithm walker: the shared case plus three optional questions the algorithm can use, through
 * recommend() → urgency, ranked options and the path of node ids to light on the diagram.
 */
import { atom, computed } from 'nanostores';
import type { CaseInput, Note, Recommendation } from '../../engine';
import { recommend } from '../../engine/algorithm/recommend';
import { $case, answerValue, emptyCase, type Answer, type CaseFields } from '../case/case';
import { $caseValues, type CaseValues } from '../case/case-values';
import { caseFieldId, caseProblems, engineProblems, type Problem } from '../shared/problems';
import { readAnswer, writeAnswer } from '../shared/url-params';
import type { UrlCodec } from '../shared/url-state';

export interface WalkerFields {
  anticoagulants: Answer;
  procedurePlanned: Answer;
  qualityOfLifeImpaired: Answer;
}

const params = { anticoagulants: 'anticoag', procedurePlanned: 'procedure', qualityOfLifeImpaired: 'qol' } as const;

export const emptyWalker: WalkerFields = { anticoagulants: '', procedurePlanned: '', qualityOfLifeImpaired: '' };

export const $walker = atom<WalkerFields>({ ...emptyWalker });

export function setWalkerField(key: keyof WalkerFields, value: Answer): void {
  $walker.set({ ...$walker.get(), [key]: value });
}

export const walkerCodec: UrlCodec<WalkerFields> = {
  decode(search, fallback) {
    const rejected: string[] = [];
    const value = { ...fallback };
    for (const key of Object.keys(params) as (keyof WalkerFields)[]) {
      value[key] = readAnswer(search, params[key], rejected) ?? fallback[key];
    }
    return { value, rejected };
  },
  encode(value, search) {
    for (const key of Object.keys(params) as (keyof WalkerFields)[]) writeAnswer(search, params[key], value[key]);
  },
};

/** Ids of the walker's own controls. */
export const walkerControlIds = {
  anticoagulants: 'walker-anticoagulants',
  procedurePlanned: 'walker-procedure',
  qualityOfLifeImpaired: 'walker-qol',
} as const;

/** The case fields the walker reads. */
export const walkerCaseFields = ['age', 'count', 'bleeding', 'months', 'prior', 'pregnant'] as const satisfies readonly (keyof CaseFields)[];

const targets: Readonly<Record<string, string>> = {
  ageYears: caseFieldId('age'),
  count: caseFieldId('count'),
  bleeding: caseFieldId('bleeding'),
  monthsSinceDiagnosis: caseFieldId('months'),
  prior: caseFieldId('prior'),
  pregnant: caseFieldId('pregnant'),
  ...walkerControlIds,
};

export type WalkOutcome =
  | { state: 'idle' }
  | { state: 'problems'; problems: Problem[] }
  | { state: 'walked'; recommendation: Recommendation; warnings: Note[] };

function untouched(fields: CaseFields): boolean {
  return walkerCaseFields.every((key) => JSON.stringify(fields[key]) === JSON.stringify(emptyCase[key]));
}

function optional(key: keyof WalkerFields, answer: Answer): Partial<CaseInput> {
  const value = answerValue(answer);
  return value === undefined ? {} : { [key]: value };
}

export function walkOutcome(fields: CaseFields, values: CaseValues, walker: WalkerFields): WalkOutcome {
  if (untouched(fields)) return { state: 'idle' };
  const unreadable = caseProblems(values.errors, walkerCaseFields);
  if (unreadable.length > 0) return { state: 'problems', problems: unreadable };
  const pregnant = answerValue(fields.pregnant);
  const input = {
    ageYears: values.ageYears,
    count: values.count,
    bleeding: fields.bleeding === '' ? undefined : fields.bleeding,
    monthsSinceDiagnosis: values.monthsSinceDiagnosis,
    prior: fields.prior,
    ...(pregnant === undefined ? {} : { pregnant }),
    ...optional('anticoagulants', walker.anticoagulants),
    ...optional('procedurePlanned', walker.procedurePlanned),
    ...optional('qualityOfLifeImpaired', walker.qualityOfLifeImpaired),
  };
  const result = recommend(input);
  if (!result.ok) return { state: 'problems', problems: engineProblems(result.errors, targets, caseFieldId('age')) };
  return { state: 'walked', recommendation: result.value, warnings: result.warnings };
}

export const $walk = computed([$case, $caseValues, $walker], walkOutcome);
