/**
 * The one walker for every agent's label table. It keeps the state the tables speak of (the dose level,
 * on hold or not, days at the dose, the last change) and, at each assessment, fires the first row of the
 * group for the patient's state whose conditions all hold. Agent knowledge lives only in the tables.
 */
import { formatNumber } from '../format/number';
import type { Note } from '../result';
import { conditionWords, matches, otherwiseWords, startMatches, waiting, type Facts } from './conditions';
import { apply, type Outcome } from './effects';
import type { AgentTable, Rule, StartFacts, StartRow } from './table';
import type { TitrationStep } from './types';
import { heldSchedule, promptNote, promptSentence, sentence, stoppedReason, stoppedSchedule } from './words';

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
  /** Day of the last dose change; the start is not a change. */
  lastChange: number | undefined;
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

/** Walks the counts through the table. `counts` is non-empty, day 0 first, in day order. */
export function walk(table: AgentTable, facts: StartFacts, counts: readonly Assessment[]): Walked {
  const notes = new Map<string, Note>();
  const keep = (list: readonly (Note | undefined)[]) => {
    for (const note of list) if (note && !notes.has(note.code)) notes.set(note.code, note);
  };
  const short = (level: number, at: number) => table.present(level, at).short;
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
      reason: sentence(`start (${start.describe})`, `${start.consider ? 'consider ' : ''}${short(start.level, 0)}`),
    }),
  ];
  let state: State = { level: start.level, held: false, doseSince: 0, lastChange: undefined, stop: undefined };

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
      count, previousCount: counts[at - 1].count, daysAtDose: day - state.doseSince, dayOfTreatment: day,
      dose: state.level === 0 ? 'lowest' : state.level === table.levels - 1 ? 'highest' : 'between',
    };
    const { outcome, reason, rule, notes: raised } = decide(table, state, here, at);
    keep(raised);
    const fields = { action: outcome.action, rule: rule.id, citation: rule.citation, reason };
    const step: DraftStep = outcome.action === 'hold' || outcome.action === 'discontinue'
      ? { day, count, ...fields, dose: null, schedule: outcome.action === 'hold' ? heldSchedule : stoppedSchedule }
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

/** Fires the first matching row of the group for the patient's state, or the group's otherwise row. */
function decide(table: AgentTable, state: State, here: Facts, at: number): Decision {
  const group = table.rules[state.held ? 'held' : 'dosing'];
  const fired: Rule | undefined = group.rules.find((rule) => matches(rule.when, here));
  if (!fired) {
    const outcome = apply(table, group.otherwise.then, state.level, at);
    return { outcome, rule: group.otherwise, reason: sentence(otherwiseWords(here.count, state.held), outcome.text), notes: [] };
  }
  const words = conditionWords(fired.when, here, state.held);
  const wait = waiting(fired.wait, state, here.dayOfTreatment);
  if (wait) {
    const text = `keep ${table.present(state.level, at).short}; judge again from day ${formatNumber(wait.until)}`;
    return { outcome: { action: 'maintain', level: state.level, text }, rule: fired, reason: sentence(`${words}, but ${wait.why}`, text), notes: [] };
  }
  const outcome = apply(table, fired.then, state.level, at);
  return {
    outcome, rule: fired,
    reason: sentence(words, outcome.text) + (fired.prompt ? ` ${promptSentence}` : ''),
    notes: [outcome.note, fired.prompt ? promptNote : undefined],
  };
}

function next(state: State, outcome: Outcome, step: DraftStep): State {
  switch (outcome.action) {
    case 'increase':
    case 'decrease':
    case 'resume':
      return { ...state, level: outcome.level, held: false, doseSince: step.day, lastChange: step.day };
    case 'hold':
      return { ...state, held: true };
    case 'discontinue':
      return { ...state, stop: step };
    default:
      return state;
  }
}
