/**
 * Avatrombopag (adult) worked examples W38–W48 (drugs.md §13; the rules are drugs.md §3.1–§3.3): six dose
 * levels, from level 1 (20 mg once a week) to level 6 (40 mg daily); level 4 is the usual start.
 */
import { onDays, type TitrationVector } from './vector-type';

const agent = 'avatrombopag';
const adult = { agent, options: { ageYears: 50 } } as const;
const inhibitor = { agent, options: { cypInteraction: 'dual-inhibitor' } } as const;
const label = 'doptelet-uspi §2';

export const avatrombopagVectors: readonly TitrationVector[] = [
  {
    id: 'W38', agent, shows: 'No interacting drug: start at level 4', citation: label,
    check: { kind: 'titration', input: { ...adult, counts: onDays([0, 20]) }, expected: [{ action: 'start', level: 4, dose: { amount: 20, unit: 'mg', capped: false }, mgPerWeek: 140 }] },
  },
  {
    id: 'W39', agent, shows: 'Level 4, below 50 after 2 weeks: level 5 (40 mg on three days, 20 mg on four)', citation: label,
    check: { kind: 'titration', input: { ...adult, counts: onDays([0, 20], [14, 40]) }, expected: [{ action: 'increase', level: 5, dose: { amount: 20, amountMax: 40 }, mgPerWeek: 200 }] },
  },
  {
    id: 'W40', agent, shows: 'Level 5, below 50 two weeks later: level 6, the maximum', citation: label,
    check: { kind: 'titration', input: { ...adult, counts: onDays([0, 20], [14, 40], [28, 45]) }, expected: [{ action: 'increase', level: 6, dose: { amount: 40, capped: true }, mgPerWeek: 280 }] },
  },
  {
    id: 'W41', agent, shows: '4 weeks at level 6 with the count below 50: a prompt to stop', citation: label,
    check: { kind: 'titration', input: { ...adult, counts: onDays([0, 20], [14, 40], [28, 45], [56, 45]) }, expected: [{ action: 'discontinue', dose: null }] },
  },
  {
    id: 'W42', agent, shows: 'Level 4, 200 to 400: one level down', citation: label,
    check: { kind: 'titration', input: { ...adult, counts: onDays([0, 20], [7, 250]) }, expected: [{ action: 'decrease', level: 3, mgPerWeek: 60 }] },
  },
  {
    id: 'W43', agent, shows: 'Above 400 stops; twice-weekly counts; below 150 restarts one level lower', citation: label,
    check: {
      kind: 'titration', input: { ...adult, counts: onDays([0, 20], [7, 450], [10, 160], [14, 140]) },
      expected: [{ action: 'hold', dose: null, nextCountDue: 10 }, { action: 'hold', dose: null }, { action: 'resume', level: 3 }],
    },
  },
  {
    id: 'W44', agent, shows: 'At level 1 for 2 weeks, above 400: discontinue', citation: label,
    check: {
      kind: 'titration', input: { ...adult, counts: onDays([0, 250], [7, 250], [21, 250], [35, 250], [49, 420]) },
      expected: [{ action: 'decrease', level: 1 }, { action: 'discontinue', dose: null }],
    },
  },
  {
    id: 'W45a', agent, shows: 'Taking a dual CYP2C9 and CYP3A4 inhibitor: start at level 3', citation: label,
    check: { kind: 'titration', input: { ...inhibitor, counts: onDays([0, 20]) }, expected: [{ action: 'start', level: 3, mgPerWeek: 60 }] },
  },
  {
    id: 'W45b', agent, shows: 'Taking a dual inducer: start at level 6', citation: label,
    check: { kind: 'titration', input: { agent, options: { cypInteraction: 'dual-inducer' }, counts: onDays([0, 20]) }, expected: [{ action: 'start', level: 6, mgPerWeek: 280 }] },
  },
  {
    id: 'W46', agent, shows: 'Level 2, below 50 after 2 weeks: level 3', citation: label,
    check: { kind: 'titration', input: { ...inhibitor, counts: onDays([0, 20], [7, 250], [21, 30]) }, expected: [{ action: 'decrease', level: 2, mgPerWeek: 40 }, { action: 'increase', level: 3 }] },
  },
  {
    id: 'W47a', agent, shows: 'Level 4, a count of 50 after 2 weeks keeps the level', citation: label,
    check: { kind: 'titration', input: { ...adult, counts: onDays([0, 20], [14, 50]) }, expected: [{ action: 'maintain', level: 4 }] },
  },
  {
    id: 'W47b', agent, shows: 'Level 4, a count of 49 after 2 weeks: level 5', citation: label,
    check: { kind: 'titration', input: { ...adult, counts: onDays([0, 20], [14, 49]) }, expected: [{ action: 'increase', level: 5 }] },
  },
  {
    id: 'W48', agent, shows: 'A count of exactly 200 is in the decrease band (our inclusive reading)', citation: label,
    check: { kind: 'titration', input: { ...adult, counts: onDays([0, 20], [7, 200]) }, expected: [{ action: 'decrease', level: 3 }] },
  },
];
