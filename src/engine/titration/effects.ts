/**
 * What a fired row does to the dose level, for any agent: one level up or down, hold, restart lower,
 * stop. Where the label's step cannot be taken — no level beyond the ladder, or a step into or out of a
 * level whose step is UNVERIFIED — the engine keeps the lower exposure and refers to the prescriber:
 * at the top it keeps the maximum; a refused increase keeps the dose; a refused decrease or restart
 * holds (never a zero dose, drugs.md §1.2, W20).
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
}

const refer = 'and refer to the prescriber';

export function apply(table: AgentTable, effect: Effect, level: number, at: number): Outcome {
  const s = (l: number) => table.present(l, at).short;
  const unverified = (to: number) => table.unverifiedLevels.includes(level) || table.unverifiedLevels.includes(to);
  const notVerified = (to: number) => `the step from ${s(level)} to ${s(to)} is not verified against the label`;
  switch (effect) {
    case 'keep': return { action: 'maintain', level, text: `keep ${s(level)}` };
    case 'hold': return { action: 'hold', level, text: 'hold (no dose)' };
    case 'stay-held': return { action: 'hold', level, text: 'stay on hold (no dose)' };
    case 'stop': return { action: 'discontinue', level, text: 'discontinue' };
    case 'up': {
      const target = level + 1;
      if (target === table.levels) return { action: 'maintain', level, text: `already at the maximum dose: keep ${s(level)}` };
      if (unverified(target)) {
        return { action: 'maintain', level, note: table.refer.unverified, text: `${notVerified(target)}: keep ${s(level)} ${refer}` };
      }
      return { action: 'increase', level: target, text: `increase by ${table.stepWords(level, target)} to ${s(target)}` };
    }
    case 'down':
    case 'resume-lower': {
      const target = level - 1;
      const stay = effect === 'resume-lower' ? 'stay on hold' : 'hold';
      if (target < 0) {
        return { action: 'hold', level, note: table.refer.floor, text: `there is no dose below ${s(level)}: ${stay} (no dose) ${refer}` };
      }
      if (unverified(target)) {
        return { action: 'hold', level, note: table.refer.unverified, text: `${notVerified(target)}: ${stay} (no dose) ${refer}` };
      }
      return effect === 'down'
        ? { action: 'decrease', level: target, text: `decrease by ${table.stepWords(level, target)} to ${s(target)}` }
        : { action: 'resume', level: target, text: `restart ${table.stepWords(level, target)} lower, at ${s(target)}` };
    }
  }
}
