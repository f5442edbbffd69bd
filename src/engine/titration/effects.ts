/**
 * What a fired row does to the dose level, for any agent: one level up or down, hold, restart, stop.
 * Where the label's step cannot be taken as written, the engine never gives a zero dose and never leaves a
 * patient on a hold without an exit (DESIGN.md, "No dead ends"): at the top it keeps the maximum; a
 * decrease below the lowest level holds, and the table's restart row for the lowest level says when to
 * restart; a restart one level below the lowest says a restart decision is needed now. A step into or out
 * of a level whose step is UNVERIFIED is taken as our reading and says so (drugs.md §1.2, §2.2).
 */
import type { Note } from '../result';
import type { AgentTable, Effect } from './table';
import type { TitrationAction } from './types';

export interface Outcome {
  action: TitrationAction;
  /** The level after this step (while held: the level held from). */
  level: number;
  /** The action in words, with the dose: "increase by 25 mg to 75 mg once daily". */
  text: string;
  note?: Note;
  /** A hold on which the prescriber must decide now whether to restart (the label's restart is impossible). */
  decision?: true;
}

export function apply(table: AgentTable, effect: Effect, level: number, at: number): Outcome {
  const s = (l: number) => table.present(l, at).short;
  const flagged = (to: number) => table.unverifiedLevels.includes(level) || table.unverifiedLevels.includes(to);
  // The unverified note and its words travel together: a table with unverified levels carries the note.
  const unverified = (to: number, text: string): Pick<Outcome, 'text' | 'note'> => (flagged(to)
    ? { text: `${text} (UNVERIFIED step, taken as our reading: check the current label)`, note: table.refer.unverified }
    : { text });
  switch (effect) {
    case 'keep': return { action: 'maintain', level, text: `keep ${s(level)}` };
    case 'hold': return { action: 'hold', level, text: 'hold (no dose)' };
    case 'stay-held': return { action: 'hold', level, text: 'stay on hold (no dose)' };
    case 'stop': return { action: 'discontinue', level, text: 'discontinue' };
    case 'resume-same': return { action: 'resume', level, text: `restart at ${s(level)}` };
    case 'up': {
      const target = level + 1;
      if (target === table.levels) return { action: 'maintain', level, text: `already at the maximum dose: keep ${s(level)}` };
      return { action: 'increase', level: target, ...unverified(target, `increase by ${table.stepWords(level, target)} to ${s(target)}`) };
    }
    case 'down': {
      const target = level - 1;
      if (target < 0) return { action: 'hold', level, note: table.refer.floor, text: `there is no dose below ${s(level)}: hold (no dose)` };
      return { action: 'decrease', level: target, ...unverified(target, `decrease by ${table.stepWords(level, target)} to ${s(target)}`) };
    }
    case 'resume-lower': {
      const target = level - 1;
      if (target < 0) {
        return {
          action: 'hold', level, note: table.refer.floor, decision: true,
          text: `restart decision needed now: the label restarts one step below the dose stopped, and there is no dose below ${s(level)}; stay on hold (no dose) until the prescriber decides`,
        };
      }
      return { action: 'resume', level: target, ...unverified(target, `restart ${table.stepWords(level, target)} lower, at ${s(target)}`) };
    }
  }
}
