/**
 * An embed's link checked against its widget's rules before any store reads it: every parameter that is
 * unknown, or whose value (or part of a list) cannot be used, is left out of `clean` with one sentence in
 * `notices`, so a widget never starts from a value the educator did not mean and never breaks on a typo.
 * Numbers are range-checked here by the engine's readers (param-ranges.ts), so the notice is above the
 * widget even when the field's panel is hidden. Marketing parameters a link picks up on its way (utm_*,
 * fbclid, gclid, mc_*) are no setting and not the learner's concern: ignored without a word. A repeated
 * parameter and a value that needs another (entry=date without start) are reported. The stores then read
 * `clean` only (mount.ts).
 */
import { embedLinkMessages as messages } from '../shared/messages';
import type { ParamKind, ParamRule } from '../shared/params';
import { parseInput } from '../shared/parse-input';
import { isIsoDate } from '../shared/days';
import { encodeRows, splitRows } from '../shared/link-list';
import { countPartReaders, numberReaders, rangeProblem } from './param-ranges';

export interface CheckedParams {
  clean: URLSearchParams;
  notices: string[];
}

const MARKETING = /^(utm_.+|fbclid|gclid|mc_.+)$/i;
/** Longer values are cut in a notice (the notice wraps too): the educator recognises the start. */
const SHOWN_LENGTH = 40;

const shown = (text: string) => (text.length > SHOWN_LENGTH ? `${text.slice(0, SHOWN_LENGTH)}…` : text);
const isNumber = (text: string) => Number.isFinite(parseInput(text));

function fallback(rule: ParamRule): string {
  return rule.default === '' ? messages.notUsed : messages.defaultUsed(rule.default);
}

/** The usable parts of a comma-separated list, with a notice for each part left out. */
function keepParts(raw: string, problem: (part: string) => string | undefined, notices: string[]): string {
  const kept: string[] = [];
  for (const part of raw.split(',').map((text) => text.trim()).filter((text) => text !== '')) {
    const why = problem(part);
    if (why === undefined) kept.push(part);
    else notices.push(why);
  }
  return kept.join(',');
}

/**
 * The usable rows of a counts list (link-list.ts: `;` between rows, or an old link's `,`), each part read
 * and range-checked by the engine's readers, with a notice for each row left out.
 */
function keepRows(
  name: string, raw: string, kind: { parts: number; form: string }, unitOf: (name: string) => string | undefined, notices: string[],
): string {
  const kept: string[][] = [];
  for (const row of splitRows(raw)) {
    const numbers = row.parts?.map((part) => part.trim()) ?? [];
    if (numbers.length < 2 || numbers.length > kind.parts || !numbers.every(isNumber)) {
      notices.push(messages.partLeftOut(name, shown(row.text), kind.form));
      continue;
    }
    const why = numbers.map((text, index) => {
      const reader = countPartReaders[index];
      return reader === undefined ? undefined : rangeProblem(reader, text, unitOf);
    }).find((problem) => problem !== undefined);
    if (why === undefined) kept.push(numbers);
    else notices.push(messages.partOutOfRange(name, shown(row.text), why));
  }
  return encodeRows(kept);
}

/** The value to keep ('' to drop the parameter), adding a notice for whatever is not kept. */
function read(rule: ParamRule, raw: string, unitOf: (name: string) => string | undefined, notices: string[]): string {
  const { name } = rule;
  const kind: ParamKind = rule.kind;
  const refuse = (why: string) => {
    notices.push(messages.refused(name, shown(raw), why, fallback(rule)));
    return '';
  };
  const notPart = (form: string) => (part: string) => messages.partLeftOut(name, shown(part), form);
  switch (kind.type) {
    case 'number': {
      if (!isNumber(raw)) return refuse(messages.notANumber);
      const reader = numberReaders[name];
      const why = reader === undefined ? undefined : rangeProblem(reader, raw, unitOf);
      if (why === undefined) return raw;
      notices.push(messages.outOfRange(name, shown(raw), why, fallback(rule)));
      return '';
    }
    case 'choice':
      return kind.allowed.includes(raw) ? raw : refuse(messages.notOneOf(kind.allowed));
    case 'flag':
      return raw === '1' || raw === '0' ? raw : refuse(messages.notAFlag);
    case 'date':
      return isIsoDate(raw) ? raw : refuse(messages.notADate);
    case 'set':
      return keepParts(raw, (part) => (kind.allowed.includes(part) ? undefined : notPart(`one of ${kind.allowed.join(', ')}`)(part)), notices);
    case 'pairs':
      return keepParts(raw, (part) => {
        const [first = '', second = '', ...extra] = part.split(':');
        return extra.length === 0 && kind.first.includes(first) && kind.second.includes(second) ? undefined : notPart(kind.form)(part);
      }, notices);
    case 'counts':
      return keepRows(name, raw, kind, unitOf, notices);
  }
}

/** Number and list rules last: they are read in the unit the link chose, once the unit is known. */
const readsUnits = (rule: ParamRule) => rule.kind.type === 'number' || rule.kind.type === 'counts';

/**
 * @example checkParams(new URLSearchParams('wt=70&wtu=stone&colour=red'), rules, 'regimen dose calculator')
 *   // clean: "wt=70"; notices: "“wtu=stone” is not one of kg, lb; kg was used.",
 *   //   "“colour” is not a setting of the regimen dose calculator; it was ignored."
 */
export function checkParams(params: URLSearchParams, rules: readonly ParamRule[], widget: string): CheckedParams {
  const clean = new URLSearchParams();
  const found: { rule: ParamRule; raw: string; notices: string[] }[] = [];
  const notices: string[][] = [];
  for (const name of new Set(params.keys())) {
    if (MARKETING.test(name)) continue;
    const rule = rules.find((candidate) => candidate.name === name);
    const own: string[] = [];
    notices.push(own);
    const count = params.getAll(name).length;
    if (rule === undefined) {
      own.push(messages.unknown(shown(name), widget));
      continue;
    }
    if (count > 1) own.push(messages.repeated(name, count));
    found.push({ rule, raw: (params.get(name) ?? '').trim(), notices: own });
  }
  const unitOf = (name: string) => clean.get(name) ?? rules.find((rule) => rule.name === name)?.default;
  for (const entry of [...found.filter((item) => !readsUnits(item.rule)), ...found.filter((item) => readsUnits(item.rule))]) {
    const kept = entry.raw === '' ? '' : read(entry.rule, entry.raw, unitOf, entry.notices);
    if (kept !== '') clean.set(entry.rule.name, kept);
  }
  // A value that means nothing without another (entry=date without start) falls back to the default.
  for (const { rule, notices: own } of found) {
    const value = clean.get(rule.name);
    const other = value === null ? undefined : rule.needs?.[value];
    if (value === null || other === undefined || clean.has(other)) continue;
    own.push(messages.needs(rule.name, value, other, fallback(rule)));
    clean.delete(rule.name);
  }
  // Notices in the order of the link, whatever order the values were read in.
  return { clean: sortedLike(clean, params), notices: notices.flat() };
}

/** `clean` in the order its names first appear in `params`. */
function sortedLike(clean: URLSearchParams, params: URLSearchParams): URLSearchParams {
  const order = [...new Set(params.keys())];
  return new URLSearchParams([...clean].sort(([a], [b]) => order.indexOf(a) - order.indexOf(b)));
}
