/**
 * The titration simulator in a shareable link: `agent=romiplostim&rules=eu-smpc&counts=0:20;7:30` — counts
 * as day:count (or day:count:weight for a child's updated romiplostim weight), days from the first dose.
 * Only what is in force for the agent is written; a parameter that cannot be used, or that belongs to
 * another agent, is left out with a notice, so a reader never works on a case that silently differs.
 */
import type { Agent } from '../../engine';
import { titrationAgents as agents, rulesets } from '../../engine';
import { plateletUnits } from '../../engine/units';
import type { CaseFields } from '../case/case';
import { caseCodec } from '../case/case-url';
import { parseInput } from '../shared/parse-input';
import { cypChoices, dayEntries, emptyTitration, type TitrationFields, type TitrationRow } from './fields';
import { isIsoDate } from '../shared/days';
import { encodeRows, splitRows } from '../shared/link-list';
import { readAnswer, readChoice, writeAnswer, writeValue } from '../shared/url-params';
import { linkMessages } from '../shared/messages';
import type { Decoded, UrlCodec } from '../shared/url-state';

/** Which agent reads each agent-specific parameter. */
const ownedBy: Readonly<Record<string, Agent>> = { rules: 'romiplostim', asian: 'eltrombopag', cyp: 'avatrombopag' };

const isNumber = (text: string) => Number.isFinite(parseInput(text));

/**
 * "0:20;7:30:23%2C5" → rows (link-list.ts; old links' "0:20,7:30" too); a row that is not day:count[:weight]
 * in numbers is left out with a notice naming it.
 */
function decodeCounts(raw: string, rejected: string[]): TitrationRow[] {
  const rows: TitrationRow[] = [];
  for (const { text, parts } of splitRows(raw)) {
    const [day = '', count = '', weight = '', ...extra] = parts ?? [];
    if (parts !== undefined && extra.length === 0 && isNumber(day) && isNumber(count) && (weight === '' || isNumber(weight))) {
      rows.push({ day, count, weight });
    } else {
      rejected.push(linkMessages.notACount(text));
    }
  }
  return rows;
}

function encodeCounts(rows: readonly TitrationRow[]): string {
  return encodeRows(rows
    .filter((row) => row.count.trim() !== '' || row.weight.trim() !== '')
    .map((row) => {
      const [day, count, weight] = [row.day, row.count, row.weight].map((text) => text.trim());
      return weight === '' ? [day ?? '', count ?? ''] : [day ?? '', count ?? '', weight ?? ''];
    }));
}

/** Drops parameters meant for another agent, saying so. */
function dropForeign(params: URLSearchParams, agent: Agent, rejected: string[]): URLSearchParams {
  const kept = new URLSearchParams(params);
  for (const [name, owner] of Object.entries(ownedBy)) {
    const raw = params.get(name);
    if (raw === null || owner === agent) continue;
    kept.delete(name);
    rejected.push(linkMessages.otherAgent(name, raw, owner, agent));
  }
  return kept;
}

export const titrationCodec: UrlCodec<TitrationFields> = {
  decode(params, fallback): Decoded<TitrationFields> {
    const rejected: string[] = [];
    const agent = readChoice(params, 'agent', agents, rejected) ?? fallback.agent;
    const own = dropForeign(params, agent, rejected);
    const start = own.get('start');
    if (start !== null && !isIsoDate(start)) rejected.push(linkMessages.notAStartDate(start));
    const entry = readChoice(own, 'entry', dayEntries, rejected) ?? fallback.entry;
    const counts = own.get('counts');
    const rows = counts === null ? fallback.rows : decodeCounts(counts, rejected);
    const dated = entry === 'date' && start !== null && isIsoDate(start);
    const value: TitrationFields = {
      agent,
      ruleset: readChoice(own, 'rules', rulesets, rejected) ?? fallback.ruleset,
      entry: entry === 'date' && !dated ? 'day' : entry,
      start: dated ? start : fallback.start,
      unit: readChoice(own, 'cu', plateletUnits, rejected) ?? fallback.unit,
      eastAsian: readAnswer(own, 'asian', rejected) ?? fallback.eastAsian,
      cyp: readChoice(own, 'cyp', cypChoices, rejected) ?? fallback.cyp,
      rows: rows.length === 0 ? [...emptyTitration.rows] : rows,
    };
    return { value, rejected };
  },
  encode(value, params) {
    params.set('agent', value.agent);
    const own = (name: string) => ownedBy[name] === value.agent;
    writeValue(params, 'rules', own('rules') ? value.ruleset : emptyTitration.ruleset, emptyTitration.ruleset);
    writeAnswer(params, 'asian', own('asian') ? value.eastAsian : '');
    writeValue(params, 'cyp', own('cyp') ? value.cyp : '', '');
    const dated = value.entry === 'date' && isIsoDate(value.start);
    writeValue(params, 'entry', value.entry === 'date' && !dated ? 'day' : value.entry, 'day');
    writeValue(params, 'start', dated ? value.start : '', '');
    writeValue(params, 'cu', value.unit, emptyTitration.unit);
    writeValue(params, 'counts', encodeCounts(value.rows), '');
  },
};

/** The case and the simulator as link parameters, for the fragment of a link to the other titration page (fragment.ts). */
export function titrationQuery(caseFields: CaseFields, fields: TitrationFields): string {
  const params = new URLSearchParams();
  caseCodec.encode(caseFields, params);
  titrationCodec.encode(fields, params);
  return params.toString();
}
