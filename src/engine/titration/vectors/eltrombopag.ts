/**
 * Eltrombopag (PROMACTA, US) worked examples W21–W37 (drugs.md §13; the rules are drugs.md §2.1–§2.5). Day 0
 * is the first dose; a count on day 14 is the first one judged after the 2 weeks the label asks for.
 */
import { onDays, type TitrationVector } from './vector-type';

const agent = 'eltrombopag';
const adult = { agent, options: { ageYears: 40 } } as const;
const eastAsian = { agent, options: { ageYears: 40, eastAsianAncestry: true } } as const;
const both = { agent, options: { ageYears: 40, eastAsianAncestry: true, hepaticImpairment: true } } as const;
const start = 'promacta-uspi §2.1';
const table = 'promacta-uspi §2.1';
const liver = 'promacta-uspi boxed warning; §5';

export const eltrombopagVectors: readonly TitrationVector[] = [
  {
    id: 'W21', agent, shows: 'Adult, not of East-Asian ancestry, normal liver', citation: start,
    check: { kind: 'titration', input: { ...adult, counts: onDays([0, 20]) }, expected: [{ action: 'start', dose: { amount: 50, unit: 'mg' }, mgPerDay: 50 }] },
  },
  {
    id: 'W22', agent, shows: 'Adult of East-Asian ancestry', citation: start,
    check: { kind: 'titration', input: { ...eastAsian, counts: onDays([0, 20]) }, expected: [{ action: 'start', dose: { amount: 25, unit: 'mg' }, mgPerDay: 25 }] },
  },
  {
    id: 'W23', agent, shows: 'Adult with hepatic impairment, not of East-Asian ancestry', citation: start,
    check: { kind: 'titration', input: { agent, options: { ageYears: 40, hepaticImpairment: true }, counts: onDays([0, 20]) }, expected: [{ action: 'start', dose: { amount: 25, unit: 'mg' }, mgPerDay: 25 }] },
  },
  {
    id: 'W24', agent, shows: 'East-Asian ancestry with hepatic impairment: consider the lowest start', citation: start,
    check: { kind: 'titration', input: { ...both, counts: onDays([0, 20]) }, expected: [{ action: 'start', dose: { amount: 12.5, unit: 'mg' }, mgPerDay: 12.5 }] },
  },
  {
    id: 'W25a', agent, shows: 'A child aged 1 to 5 years', citation: start,
    check: { kind: 'titration', input: { agent, options: { ageYears: 4 }, counts: onDays([0, 20]) }, expected: [{ action: 'start', dose: { amount: 25, unit: 'mg' }, mgPerDay: 25 }] },
  },
  {
    id: 'W25b', agent, shows: 'A child aged 6 years or over', citation: start,
    check: { kind: 'titration', input: { agent, options: { ageYears: 8 }, counts: onDays([0, 20]) }, expected: [{ action: 'start', dose: { amount: 50, unit: 'mg' }, mgPerDay: 50 }] },
  },
  {
    id: 'W26', agent, shows: 'After 2 weeks below 50: one step up, to the maximum', citation: table,
    check: { kind: 'titration', input: { ...adult, counts: onDays([0, 20], [14, 35]) }, expected: [{ action: 'increase', dose: { amount: 75, capped: true } }] },
  },
  {
    id: 'W27', agent, shows: 'Below 50 after 1 week: keep the dose, 2 weeks not yet reached', citation: table,
    check: { kind: 'titration', input: { ...adult, counts: onDays([0, 20], [7, 35]) }, expected: [{ action: 'maintain', dose: { amount: 50 } }] },
  },
  {
    id: 'W28', agent, shows: 'A count of 50 after 2 weeks keeps the dose', citation: table,
    check: { kind: 'titration', input: { ...adult, counts: onDays([0, 20], [14, 50]) }, expected: [{ action: 'maintain', dose: { amount: 50 } }] },
  },
  {
    id: 'W29a', agent, shows: 'At the maximum, a low count keeps the capped dose', citation: table,
    check: { kind: 'titration', input: { ...adult, counts: onDays([0, 20], [14, 30], [28, 30]) }, expected: [{ action: 'maintain', dose: { amount: 75, capped: true } }] },
  },
  {
    id: 'W29b', agent, shows: '4 weeks at the maximum without an adequate rise: a prompt to stop', citation: table,
    check: { kind: 'titration', input: { ...adult, counts: onDays([0, 20], [14, 30], [28, 30], [41, 30], [42, 30]) }, expected: [{ action: 'maintain', dose: { amount: 75, capped: true } }, { action: 'discontinue', dose: null }] },
  },
  {
    id: 'W30', agent, shows: 'A count of 200 steps down; a further decrease waits 14 days after it', citation: table,
    check: {
      kind: 'titration', input: { ...adult, counts: onDays([0, 20], [7, 200], [14, 250], [20, 250], [21, 250]) },
      expected: [{ action: 'decrease', dose: { amount: 25 } }, { action: 'maintain', dose: { amount: 25 } }, { action: 'maintain', dose: { amount: 25 } }, { action: 'decrease', dose: { amount: 12.5 } }],
    },
  },
  {
    id: 'W31', agent, shows: 'A count of 199 keeps the dose', citation: table,
    check: { kind: 'titration', input: { ...adult, counts: onDays([0, 20], [7, 199]) }, expected: [{ action: 'maintain', dose: { amount: 50 } }] },
  },
  {
    id: 'W32', agent, shows: 'A count of exactly 400 steps down', citation: table,
    check: { kind: 'titration', input: { ...adult, counts: onDays([0, 20], [7, 400]) }, expected: [{ action: 'decrease', dose: { amount: 25 } }] },
  },
  {
    id: 'W33', agent, shows: 'Above 400 stops; twice-weekly counts; below 150 restarts one step lower', citation: table,
    check: {
      kind: 'titration', input: { ...adult, counts: onDays([0, 20], [7, 401], [10, 180], [14, 150], [17, 149]) },
      expected: [{ action: 'hold', dose: null, nextCountDue: 10 }, { action: 'hold', dose: null }, { action: 'hold', dose: null }, { action: 'resume', dose: { amount: 25 } }],
    },
  },
  {
    id: 'W34', agent, shows: 'From 25 mg a step down to 12.5 mg (an UNVERIFIED step, taken as our reading)', citation: table,
    check: { kind: 'titration', input: { ...eastAsian, counts: onDays([0, 20], [7, 250]) }, expected: [{ action: 'decrease', dose: { amount: 12.5 } }] },
  },
  {
    id: 'W35a', agent, shows: 'At the lowest dose for 2 weeks, above 400: discontinue', citation: table,
    check: { kind: 'titration', input: { ...both, counts: onDays([0, 20], [14, 420]) }, expected: [{ action: 'discontinue', dose: null }] },
  },
  {
    id: 'W35b', agent, shows: 'At the lowest dose for less than 2 weeks: a stop with a restart rule', citation: table,
    check: { kind: 'titration', input: { ...both, counts: onDays([0, 20], [13, 420], [17, 149]) }, expected: [{ action: 'hold', dose: null }, { action: 'resume', dose: { amount: 12.5 } }] },
  },
  {
    id: 'W36a', agent, shows: 'ALT 4× the upper limit of normal, first finding, no symptoms', citation: liver,
    check: { kind: 'eltrombopag-liver', input: { altTimesReference: 4 }, expected: { action: 'repeat-within-3-to-5-days' } },
  },
  {
    id: 'W36b', agent, shows: 'The same ALT, confirmed on a repeat test', citation: liver,
    check: { kind: 'eltrombopag-liver', input: { altTimesReference: 4, confirmed: true }, expected: { action: 'test-weekly' } },
  },
  {
    id: 'W36c', agent, shows: 'The same ALT with a raised direct bilirubin', citation: liver,
    check: { kind: 'eltrombopag-liver', input: { altTimesReference: 4, directBilirubinRaised: true }, expected: { action: 'stop' } },
  },
  {
    id: 'W37', agent, shows: 'ALVAIZ is another product, not titrated here: its doses are not PROMACTA’s mg for mg', citation: 'alvaiz-uspi',
    check: { kind: 'refusal', input: { agent: 'alvaiz', counts: onDays([0, 20]) }, expected: { refused: ['agent'] } },
  },
];
