/**
 * An embed's link checked against its widget's rules before any store reads it: every parameter that is
 * unknown, or whose value (or part of a list) cannot be used, is left out of `clean` with one sentence in
 * `notices`, so a widget never starts from a value the educator did not mean and never breaks on a typo.
 * The stores then read `clean` only (mount.ts).
 */
import { embedLinkMessages as messages } from '../shared/messages';
import type { ParamKind, ParamRule } from '../shared/params';
import { parseInput } from '../shared/parse-input';
import { isIsoDate } from '../shared/days';
import { encodeRows, splitRows } from '../shared/link-list';

export interface CheckedParams {
  clean: URLSearchParams;
  notices: string[];
}

const isNumber = (text: string) => Number.isFinite(parseInput(text));

function fallback(rule: ParamRule): string {
  return rule.default === '' ? messages.notUsed : messages.defaultUsed(rule.default);
}

/** The usable parts of a comma-separated list, with a notice for each part left out. */
function keepParts(name: string, raw: string, usable: (part: string) => boolean, form: string, notices: string[]): string {
  const kept: string[] = [];
  for (const part of raw.split(',').map((text) => text.trim()).filter((text) => text !== '')) {
    if (usable(part)) kept.push(part);
    else notices.push(messages.partLeftOut(name, part, form));
  }
  return kept.join(',');
}

/** The usable rows of a counts list (link-list.ts: `;` between rows, or an old link's `,`), with a notice for each left out. */
function keepRows(name: string, raw: string, parts: number, form: string, notices: string[]): string {
  const kept: string[][] = [];
  for (const row of splitRows(raw)) {
    const numbers = row.parts?.map((part) => part.trim()) ?? [];
    if (numbers.length >= 2 && numbers.length <= parts && numbers.every(isNumber)) kept.push(numbers);
    else notices.push(messages.partLeftOut(name, row.text, form));
  }
  return encodeRows(kept);
}

/** The value to keep ('' to drop the parameter), adding a notice for whatever is not kept. */
function read(rule: ParamRule, raw: string, notices: string[]): string {
  const { name } = rule;
  const kind: ParamKind = rule.kind;
  const refuse = (why: string) => {
    notices.push(messages.refused(name, raw, why, fallback(rule)));
    return '';
  };
  switch (kind.type) {
    case 'number':
      return isNumber(raw) ? raw : refuse(messages.notANumber);
    case 'choice':
      return kind.allowed.includes(raw) ? raw : refuse(messages.notOneOf(kind.allowed));
    case 'flag':
      return raw === '1' || raw === '0' ? raw : refuse(messages.notAFlag);
    case 'date':
      return isIsoDate(raw) ? raw : refuse(messages.notADate);
    case 'set':
      return keepParts(name, raw, (part) => kind.allowed.includes(part), `one of ${kind.allowed.join(', ')}`, notices);
    case 'pairs':
      return keepParts(name, raw, (part) => {
        const [first = '', second = '', ...extra] = part.split(':');
        return extra.length === 0 && kind.first.includes(first) && kind.second.includes(second);
      }, kind.form, notices);
    case 'counts':
      return keepRows(name, raw, kind.parts, kind.form, notices);
  }
}

/**
 * @example checkParams(new URLSearchParams('wt=70&wtu=stone&colour=red'), rules, 'regimen dose calculator')
 *   // clean: "wt=70"; notices: "“wtu=stone” is not one of kg, lb; kg was used.",
 *   //   "“colour” is not a setting of the regimen dose calculator; it was ignored."
 */
export function checkParams(params: URLSearchParams, rules: readonly ParamRule[], widget: string): CheckedParams {
  const clean = new URLSearchParams();
  const notices: string[] = [];
  for (const name of new Set(params.keys())) {
    const raw = (params.get(name) ?? '').trim();
    const rule = rules.find((candidate) => candidate.name === name);
    if (rule === undefined) {
      notices.push(messages.unknown(name, widget));
      continue;
    }
    const kept = raw === '' ? '' : read(rule, raw, notices);
    if (kept !== '') clean.set(name, kept);
  }
  return { clean, notices };
}
