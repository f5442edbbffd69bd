/**
 * The one walker for every agent's label table. It keeps the state the tables speak of (the dose level,
 * on hold or not, days at the dose, the last decrease) and, at each assessment, fires the first row of the
 * group for the patient's state whose conditions all hold. Agent knowledge lives only in the tables.
 * Every hold says how it ends (the table's restart row for the level held), so no hold is silent.
 */
import { boundText } from './bounds';
import { conditionWords, matches, otherwiseWords, startMatches, waiting, type Facts } from './conditions';
import { apply, type Outcome } from './effects';
import type { AgentTable, Rule, StartFacts, StartRow } from './table';
import type { TitrationStep } from './types';
import { heldSchedule, promptNote, promptSentence, sentence, stoppedReason, stoppedSchedule } from './words';
import { formatNumber } from '../format/number';
import type { Note } from '../result';

export type DraftStep = Omit<TitrationStep, 'nextCountDue' | 'countSchedule'>;

export interface Assessment {
  day: number;
  count: number;
}

interface State {
  level: number;
  held: boolean;
  /** Day the current dose began. */
  doseSince: number;
  /** Day of the last dose change when it was a decrease: a further decrease waits on it. */
  lastDecrease: number | undefined;
  /** The step that discontinued treatment. */
  stop: DraftStep | undefined;
}

export interface Walked {
  steps: DraftStep[];
  notes: Note[];
}

function chooseStart(table: AgentTable, facts: StartFacts): Omit<StartRow, 'when'> {
  return table.start.rows.find((row) => startMatches(row.when, facts)) ?? table.start.otherwise;
}

const doseKind = (table: AgentTable, level: number): Facts['dose'] =>
  level === 0 ? 'lowest' : level === table.levels - 1 ? 'highest' : 'between';

const capital = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

/** How a hold at `level` ends, from the first of the table's restart rows that applies to that level. */
function exitWords(table: AgentTable, level: number, at: number): string {
  const dose = doseKind(table, level);
  return table.rules.held.rules
    .filter((rule) => rule.when.dose === undefined || rule.when.dose === dose)
    .slice(0, 1)
    .map((rule) => ` ${capital(apply(table, rule.then, level, at).text)} once the count is ${boundText(rule.when.count)}${rule.reading ? ' (our reading)' : ''}.`)
    .join('');
}

/** Walks the counts through the table. `counts` is non-empty, day 0 first, in day order. */
export function walk(table: AgentTable, facts: StartFacts, counts: readonly Assessment[]): Walked {
  const notes = new Map<string, Note>();
  const keep = (list: readonly (Note | undefined)[]) => {
    for (const note of list) if (note && !notes.has(note.code)) notes.set(note.code, note);
  };
  const dosed = (level: number, at: number, fields: Omit<DraftStep, 'day' | 'count' | 'dose' | 'schedule'>) => {
    const shown = table.present(level, at);
    keep(shown.notes);
    const { day, count } = counts[at];
    return { day, count, ...fields, dose: shown.dose, ...shown.extras, schedule: shown.schedule };
  };

  const start = chooseStart(table, facts);
  const steps: DraftStep[] = [
    dosed(start.level, 0, {
      action: 'start', rule: 'start', citation: start.citation,
      reason: sentence(`start (${start.describe})`, `${start.consider ? 'consider ' : ''}${table.present(start.level, 0).short}`),
    }),
  ];
  let state: State = { level: start.level, held: false, doseSince: 0, lastDecrease: undefined, stop: undefined };

  for (let at = 1; at < counts.length; at += 1) {
    const { day, count } = counts[at];
    if (state.stop) {
      steps.push({
        day, count, action: 'discontinue', dose: null, schedule: stoppedSchedule,
        reason: stoppedReason(state.stop.day), citation: state.stop.citation, rule: 'stopped',
      });
      continue;
    }
    const here: Facts = {
      count, daysAtDose: day - state.doseSince, dayOfTreatment: day, dose: doseKind(table, state.level),
      history: counts.slice(0, at + 1),
    };
    const { outcome, reason, rule, notes: raised } = decide(table, state, here, at);
    keep(raised);
    const fields = { action: outcome.action, rule: rule.id, citation: rule.citation, reason };
    const step: DraftStep = outcome.action === 'hold' || outcome.action === 'discontinue'
      ? {
        day, count, ...fields, dose: null, schedule: outcome.action === 'hold' ? heldSchedule : stoppedSchedule,
        ...(outcome.decision ? { restartDecision: true } : {}),
      }
      : dosed(outcome.level, at, fields);
    steps.push(step);
    state = next(state, outcome, step);
  }
  return { steps, notes: [...notes.values()] };
}

interface Decision {
  outcome: Outcome;
  reason: string;
  rule: { id: string; citation: string };
  notes: (Note | undefined)[];
}

/** The reason's tail: how a hold ends; for a restart decision, also when the next count is due. */
function holdWords(table: AgentTable, outcome: Outcome, day: number, at: number): string {
  if (outcome.action !== 'hold') return '';
  const exit = exitWords(table, outcome.level, at);
  return outcome.decision
    ? `${exit.replace(/\.$/, '')}, unless the prescriber restarts sooner. Next count due day ${formatNumber(day + table.counts.held.days)}.`
    : exit;
}

/** Every count bound of the table: a count shown with no row for a change stays on its side of each. */
const countBounds = (table: AgentTable) => [...table.rules.held.rules, ...table.rules.dosing.rules].map((rule) => rule.when.count);

/** Fires the first matching row of the group for the patient's state, or the group's otherwise row. */
function decide(table: AgentTable, state: State, here: Facts, at: number): Decision {
  const group = table.rules[state.held ? 'held' : 'dosing'];
  const fired: Rule | undefined = group.rules.find((rule) => matches(rule.when, here));
  const day = here.dayOfTreatment;
  if (!fired) {
    const outcome = apply(table, group.otherwise.then, state.level, at);
    const reason = sentence(otherwiseWords(here.count, state.held, countBounds(table)), outcome.text) + holdWords(table, outcome, day, at);
    return { outcome, rule: group.otherwise, reason, notes: [] };
  }
  const words = conditionWords(fired.when, here, state.held);
  const wait = waiting(fired.wait, state, day);
  if (wait) {
    const text = `keep ${table.present(state.level, at).short}; judge again from day ${formatNumber(wait.until)}`;
    return { outcome: { action: 'maintain', level: state.level, text }, rule: fired, reason: sentence(`${words}, but ${wait.why}`, text), notes: [] };
  }
  const outcome = apply(table, fired.then, state.level, at);
  const reading = fired.reading ? ` Our reading: ${fired.reading}` : '';
  return {
    outcome, rule: fired,
    reason: sentence(words, outcome.text) + reading + holdWords(table, outcome, day, at) + (fired.prompt ? ` ${promptSentence()}` : ''),
    notes: [outcome.note, fired.prompt ? promptNote() : undefined],
  };
}

function next(state: State, outcome: Outcome, step: DraftStep): State {
  switch (outcome.action) {
    case 'decrease':
      return { ...state, level: outcome.level, held: false, doseSince: step.day, lastDecrease: step.day };
    case 'increase':
    case 'resume':
      return { ...state, level: outcome.level, held: false, doseSince: step.day, lastDecrease: undefined };
    case 'hold':
      return { ...state, held: true };
    case 'discontinue':
      return { ...state, stop: step };
    default:
      return state;
  }
}
