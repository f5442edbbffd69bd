/**
 * Romiplostim worked examples W1–W20 (drugs.md §13; the rules are drugs.md §1.1–§1.3): the US table unless
 * the EU SmPC is chosen, volumes at 500 mcg/mL unless diluted. A row that needs the patient on a higher dose
 * first gets there through the table: counts of 20 weekly from day 0 take a 70 kg adult from 1 to 3 mcg/kg
 * by day 14 (two weeks below 50).
 */
import { weekly, type TitrationVector } from './vector-type';

const agent = 'romiplostim';
const adult = { agent, weightKg: 70, options: { ageYears: 40 } } as const;
const eu = { agent, weightKg: 70, options: { ageYears: 40, ruleset: 'eu-smpc' } } as const;
const onThree = [20, 20, 20];
const us = 'nplate-uspi §2.2';
const smpc = 'nplate-smpc §4.2';

export const romiplostimVectors: readonly TitrationVector[] = [
  {
    id: 'W1', agent, shows: 'Start at 1 mcg/kg; one 125 mcg vial suffices', citation: us,
    check: { kind: 'titration', input: { agent, weightKg: 70, counts: weekly(20) }, expected: [{ action: 'start', dose: { amount: 70, unit: 'mcg', perKg: 1, capped: false }, volumeMl: 0.14, vialMcg: 125, concentrationMcgPerMl: 500, diluted: false }] },
  },
  {
    id: 'W2', agent, shows: 'The label’s own example of the start dose', citation: us,
    check: { kind: 'titration', input: { agent, weightKg: 75, counts: weekly(20) }, expected: [{ action: 'start', dose: { amount: 75, unit: 'mcg', perKg: 1, capped: false }, volumeMl: 0.15, vialMcg: 125, concentrationMcgPerMl: 500, diluted: false }] },
  },
  {
    id: 'W3', agent, shows: 'Two weeks above 200 on 3 mcg/kg: one step down; the dose needs the 250 mcg vial', citation: us,
    check: { kind: 'titration', input: { ...adult, counts: weekly(...onThree, 230, 210) }, expected: [{ action: 'decrease', dose: { amount: 140, perKg: 2 }, volumeMl: 0.28, vialMcg: 250 }] },
  },
  {
    id: 'W4', agent, shows: 'Only one week above 200: keep the dose', citation: us,
    check: { kind: 'titration', input: { ...adult, counts: weekly(...onThree, 190, 210) }, expected: [{ action: 'maintain', dose: { amount: 210, perKg: 3 }, volumeMl: 0.42 }] },
  },
  {
    id: 'W5', agent, shows: 'A count of exactly 200 is not above 200', citation: us,
    check: { kind: 'titration', input: { ...adult, counts: weekly(...onThree, 250, 200) }, expected: [{ action: 'maintain', dose: { amount: 210, perKg: 3 }, volumeMl: 0.42 }] },
  },
  {
    id: 'W6', agent, shows: 'A count of exactly 400 is still in the decrease band', citation: us,
    check: { kind: 'titration', input: { ...adult, counts: weekly(...onThree, 260, 400) }, expected: [{ action: 'decrease', dose: { amount: 140, perKg: 2 }, volumeMl: 0.28 }] },
  },
  {
    id: 'W7', agent, shows: 'Above 400: hold, no dose this week, count again next week', citation: us,
    check: { kind: 'titration', input: { ...adult, counts: weekly(...onThree, 401) }, expected: [{ action: 'hold', dose: null, nextCountDue: 28 }] },
  },
  {
    id: 'W8', agent, shows: 'Continuing W7: 200 stays on hold; below 200 resumes one step lower', citation: us,
    check: { kind: 'titration', input: { ...adult, counts: weekly(...onThree, 401, 200, 199) }, expected: [{ action: 'hold', dose: null }, { action: 'resume', dose: { amount: 140, perKg: 2 }, volumeMl: 0.28 }] },
  },
  {
    id: 'W9', agent, shows: 'On 2 mcg/kg, a count of 50 keeps the dose', citation: us,
    check: { kind: 'titration', input: { ...adult, counts: weekly(20, 20, 50) }, expected: [{ action: 'maintain', dose: { amount: 140, perKg: 2 } }] },
  },
  {
    id: 'W10', agent, shows: 'On 2 mcg/kg, a count of 49 increases one step', citation: us,
    check: { kind: 'titration', input: { ...adult, counts: weekly(20, 20, 49) }, expected: [{ action: 'increase', dose: { amount: 210, perKg: 3 }, volumeMl: 0.42 }] },
  },
  {
    id: 'W11', agent, shows: 'From 9 to 10 mcg/kg, the maximum: more than one vial, for the pharmacist', citation: us,
    check: { kind: 'titration', input: { ...adult, counts: weekly(...Array<number>(10).fill(20)) }, expected: [{ action: 'increase', dose: { amount: 700, perKg: 10, capped: true }, volumeMl: 1.4, vialMcg: null, moreThanOneVial: true }] },
  },
  {
    id: 'W12a', agent, shows: 'At the maximum, a low count keeps the capped dose', citation: us,
    check: { kind: 'titration', input: { ...adult, counts: weekly(...Array<number>(11).fill(20)) }, expected: [{ action: 'maintain', dose: { amount: 700, perKg: 10, capped: true } }] },
  },
  {
    id: 'W12b', agent, shows: '4 weeks at the maximum with the count below 50: a prompt to stop, then weekly counts', citation: us,
    check: { kind: 'titration', input: { ...adult, counts: weekly(...Array<number>(15).fill(20)) }, expected: [{ action: 'discontinue', dose: null, nextCountDue: 98 }, { action: 'discontinue', dose: null, nextCountDue: 105 }] },
  },
  {
    id: 'W13', agent, shows: 'A volume exactly between two 0.01 mL marks rounds up', citation: us,
    check: { kind: 'titration', input: { agent, weightKg: 72.5, counts: weekly(20) }, expected: [{ action: 'start', dose: { amount: 72.5, unit: 'mcg', perKg: 1, capped: false }, volumeMl: 0.15, vialMcg: 125, concentrationMcgPerMl: 500, diluted: false }] },
  },
  {
    id: 'W14', agent, shows: 'An adult keeps the weight at initiation, though a heavier weight is entered', citation: 'nplate-uspi §2',
    check: { kind: 'titration', input: { ...adult, counts: [...weekly(20, 20, 20, 20), { day: 28, count: 100, weightKg: 80 }] }, expected: [{ action: 'maintain', dose: { amount: 280, perKg: 4 }, weightKg: 70, volumeMl: 0.56, vialMcg: 500 }] },
  },
  {
    id: 'W15', agent, shows: 'A child reweighed at week 12 has the dose recomputed', citation: 'nplate-uspi §2',
    check: {
      kind: 'titration',
      input: { agent, weightKg: 20, options: { ageYears: 8 }, counts: [...weekly(20, 20, 20, 20, 100, 100, 100, 100, 100, 100, 100, 100), { day: 84, count: 100, weightKg: 23 }] },
      expected: [{ action: 'maintain', dose: { amount: 80, perKg: 4 }, volumeMl: 0.16, vialMcg: 125 }, { action: 'maintain', dose: { amount: 92, perKg: 4 }, weightKg: 23, volumeMl: 0.18, vialMcg: 125 }],
    },
  },
  {
    id: 'W16', agent, shows: 'EU: a dose below 23 mcg is diluted to 125 mcg/mL', citation: smpc,
    check: { kind: 'titration', input: { agent, weightKg: 10, options: { ageYears: 2, ruleset: 'eu-smpc' }, counts: weekly(20) }, expected: [{ action: 'start', dose: { amount: 10, perKg: 1 }, volumeMl: 0.08, vialMcg: 125, concentrationMcgPerMl: 125, diluted: true }] },
  },
  {
    id: 'W17', agent, shows: 'EU: a dose of exactly 23 mcg is not diluted', citation: smpc,
    check: { kind: 'titration', input: { agent, weightKg: 23, options: { ageYears: 6, ruleset: 'eu-smpc' }, counts: weekly(20) }, expected: [{ action: 'start', dose: { amount: 23, perKg: 1 }, volumeMl: 0.05, vialMcg: 125, concentrationMcgPerMl: 500, diluted: false }] },
  },
  {
    id: 'W18a', agent, shows: 'EU: two weeks above 150 decreases', citation: smpc,
    check: { kind: 'titration', input: { ...eu, counts: weekly(...onThree, 160, 160) }, expected: [{ action: 'decrease', dose: { amount: 140, perKg: 2 } }] },
  },
  {
    id: 'W18b', agent, shows: 'The same counts under the US label keep the dose', citation: us,
    check: { kind: 'titration', input: { ...adult, counts: weekly(...onThree, 160, 160) }, expected: [{ action: 'maintain', dose: { amount: 210, perKg: 3 } }] },
  },
  {
    id: 'W19a', agent, shows: 'EU: above 250 holds; it resumes one step lower only below 150', citation: smpc,
    check: { kind: 'titration', input: { ...eu, counts: weekly(...onThree, 260, 150, 149) }, expected: [{ action: 'hold', dose: null }, { action: 'hold', dose: null }, { action: 'resume', dose: { amount: 140, perKg: 2 } }] },
  },
  {
    id: 'W19b', agent, shows: 'US label: 260 the week after 150 keeps the dose (not two weeks above 200)', citation: us,
    check: { kind: 'titration', input: { ...adult, counts: weekly(...onThree, 150, 260) }, expected: [{ action: 'maintain', dose: { amount: 210, perKg: 3 } }] },
  },
  {
    id: 'W20', agent, shows: 'A decrease due at 1 mcg/kg holds: never a dose of 0 mcg', citation: us,
    check: { kind: 'titration', input: { agent, weightKg: 60, counts: weekly(250, 230) }, expected: [{ action: 'hold', dose: null }] },
  },
];
