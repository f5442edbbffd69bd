/**
 * How the case appears in a shareable link. Short parameter names keep links readable in a chat message;
 * values are what the reader typed, so a link reproduces the screen exactly. A value that is not one of a
 * field's choices is rejected with a notice and the default kept.
 */
import { priorOutcomes, priorTherapies } from '../../engine/algorithm';
import { haemoglobinUnits, heightUnits, plateletUnits, weightUnits } from '../../engine/units';
import { bleedingGrades, emptyCase, isCompletePrior, type CaseFields, type PriorEntry } from './case';
import { readAnswer, readChoice, writeAnswer, writeValue } from '../shared/url-params';
import { linkMessages } from '../shared/messages';
import type { Decoded, UrlCodec } from '../shared/url-state';

const text = {
  age: 'age',
  weight: 'wt',
  height: 'ht',
  count: 'plt',
  months: 'months',
  haemoglobin: 'hb',
  gestation: 'gest',
} as const satisfies Partial<Record<keyof CaseFields, string>>;

const choices = {
  weightUnit: ['wtu', weightUnits],
  heightUnit: ['htu', heightUnits],
  countUnit: ['pltu', plateletUnits],
  haemoglobinUnit: ['hbu', haemoglobinUnits],
  bleeding: ['bleed', bleedingGrades],
  rhD: ['rhd', ['positive', 'negative']],
} as const;

const flags = { pregnant: 'preg', splenectomised: 'splen', deliveryPlanned: 'deliv', hepatic: 'liver', weightConfirmed: 'wtok' } as const;

type Entries<T> = [keyof T, T[keyof T]][];
const entries = <T extends object>(record: T) => Object.entries(record) as Entries<T>;

/** Earlier treatments as "therapy:outcome" pairs; a pair outside the engine's vocabulary is dropped with a notice. */
function decodePrior(raw: string, rejected: string[]): PriorEntry[] {
  const list: PriorEntry[] = [];
  for (const part of raw.split(',').filter((pair) => pair !== '')) {
    const [therapyText = '', outcomeText = '', ...extra] = part.split(':');
    const therapy = priorTherapies.find((choice) => choice === therapyText);
    const outcome = priorOutcomes.find((choice) => choice === outcomeText);
    if (extra.length === 0 && therapy !== undefined && outcome !== undefined) {
      list.push({ therapy, outcome });
    } else {
      rejected.push(linkMessages.notAPriorTreatment(part));
    }
  }
  return list;
}

export const caseCodec: UrlCodec<CaseFields> = {
  decode(params, fallback): Decoded<CaseFields> {
    const value: CaseFields = { ...fallback };
    const rejected: string[] = [];
    for (const [key, name] of entries(text)) value[key] = params.get(name) ?? value[key];
    for (const [key, [name, allowed]] of entries(choices)) {
      Object.assign(value, { [key]: readChoice<string>(params, name, allowed, rejected) ?? value[key] });
    }
    for (const [key, name] of entries(flags)) value[key] = readAnswer(params, name, rejected) ?? value[key];
    const prior = params.get('prior');
    if (prior !== null) value.prior = decodePrior(prior, rejected);
    return { value, rejected };
  },
  encode(value, params) {
    for (const [key, name] of entries(text)) writeValue(params, name, value[key], '');
    for (const [key, [name]] of entries(choices)) writeValue(params, name, value[key], emptyCase[key]);
    for (const [key, name] of entries(flags)) writeAnswer(params, name, value[key]);
    // A half-chosen row blocks the advice on screen and has no meaning in a link: only complete rows are written.
    writeValue(params, 'prior', value.prior.filter(isCompletePrior).map((entry) => `${entry.therapy}:${entry.outcome}`).join(','), '');
  },
};
