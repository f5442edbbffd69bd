/**
 * How the case appears in a shareable link. Short parameter names keep links readable in a chat message;
 * values are what the reader typed, so a link reproduces the screen exactly. A value that is not one of a
 * field's choices is rejected with a notice and the default kept.
 */
import { priorOutcomes, priorTherapies } from '../engine/algorithm/vocabulary';
import { haemoglobinUnits, heightUnits, plateletUnits, weightUnits } from '../engine/units';
import { bleedingGrades, emptyCase, type CaseFields, type PriorEntry } from './case';
import type { Decoded, UrlCodec } from './url-state';

const text = {
  age: 'age',
  weight: 'wt',
  height: 'ht',
  count: 'plt',
  months: 'months',
  haemoglobin: 'hb',
} as const satisfies Partial<Record<keyof CaseFields, string>>;

const choices = {
  weightUnit: ['wtu', weightUnits],
  heightUnit: ['htu', heightUnits],
  countUnit: ['pltu', plateletUnits],
  haemoglobinUnit: ['hbu', haemoglobinUnits],
  bleeding: ['bleed', bleedingGrades],
  rhD: ['rhd', ['positive', 'negative']],
} as const;

const flags = { pregnant: 'preg', splenectomised: 'splen' } as const;

function pick<T extends string>(raw: string, allowed: readonly T[]): T | undefined {
  return allowed.find((choice) => choice === raw);
}

/** Earlier treatments as "therapy:outcome" pairs; a pair outside the engine's vocabulary is dropped with a notice. */
function decodePrior(raw: string, rejected: string[]): PriorEntry[] {
  const entries: PriorEntry[] = [];
  for (const part of raw.split(',').filter((pair) => pair !== '')) {
    const [therapyText = '', outcomeText = '', ...extra] = part.split(':');
    const therapy = pick(therapyText, priorTherapies);
    const outcome = pick(outcomeText, priorOutcomes);
    if (extra.length === 0 && therapy !== undefined && outcome !== undefined) {
      entries.push({ therapy, outcome });
    } else {
      rejected.push(`“prior=${part}” is not an earlier treatment and outcome (therapy:outcome); it was left out.`);
    }
  }
  return entries;
}

export const caseCodec: UrlCodec<CaseFields> = {
  decode(params, fallback): Decoded<CaseFields> {
    const value: CaseFields = { ...fallback };
    const rejected: string[] = [];
    for (const [key, name] of Object.entries(text) as [keyof typeof text, string][]) {
      const raw = params.get(name);
      if (raw !== null) value[key] = raw;
    }
    for (const [key, [name, allowed]] of Object.entries(choices) as [keyof typeof choices, readonly [string, readonly string[]]][]) {
      const raw = params.get(name);
      if (raw === null) continue;
      const chosen = pick(raw, allowed);
      if (chosen === undefined) {
        rejected.push(`“${name}=${raw}” is not one of ${allowed.join(', ')}; the default was kept.`);
      } else {
        Object.assign(value, { [key]: chosen });
      }
    }
    for (const [key, name] of Object.entries(flags) as [keyof typeof flags, string][]) {
      const raw = params.get(name);
      if (raw === null) continue;
      if (raw === '1' || raw === '0') value[key] = raw === '1' ? 'yes' : 'no';
      else rejected.push(`“${name}=${raw}” must be 1 or 0; the default was kept.`);
    }
    const prior = params.get('prior');
    if (prior !== null) value.prior = decodePrior(prior, rejected);
    return { value, rejected };
  },
  encode(value, params) {
    for (const [key, name] of Object.entries(text) as [keyof typeof text, string][]) {
      if (value[key] === '') params.delete(name);
      else params.set(name, value[key]);
    }
    for (const [key, [name]] of Object.entries(choices) as [keyof typeof choices, readonly [string, readonly string[]]][]) {
      if (value[key] === emptyCase[key]) params.delete(name);
      else params.set(name, value[key]);
    }
    for (const [key, name] of Object.entries(flags) as [keyof typeof flags, string][]) {
      if (value[key] === '') params.delete(name);
      else params.set(name, value[key] === 'yes' ? '1' : '0');
    }
    if (value.prior.length === 0) params.delete('prior');
    else params.set('prior', value.prior.map((entry) => `${entry.therapy}:${entry.outcome}`).join(','));
  },
};
