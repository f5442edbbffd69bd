// The titration simulator's store: rows as typed → the engine's input → the engine's steps, with every
// error beside the control it came from. Expected values come from the engine itself (the store must add
// nothing clinical) and from drugs.md §13's worked examples.
import { beforeEach, describe, expect, it } from 'vitest';
import { plateletsToSI, titrate } from '../../engine';
import { avatrombopagSource } from '../../engine/titration/avatrombopag';
import { eltrombopagSource } from '../../engine/titration/eltrombopag';
import { fostamatinibSource } from '../../engine/titration/fostamatinib';
import { romiplostimSource } from '../../engine/titration/romiplostim';
import { $case, emptyCase } from '../case/case';
import { carrying } from './agents';
import { emptyTitration, rowDate, type TitrationFields, type TitrationRow } from './fields';
import { titrationState, type TitrationState } from './state';

const everyAgent = { romiplostim: romiplostimSource, eltrombopag: eltrombopagSource, avatrombopag: avatrombopagSource, fostamatinib: fostamatinibSource };
let state: TitrationState;

const rows = (...pairs: [string, string, string?][]): TitrationRow[] =>
  pairs.map(([day, count, weight = '']) => ({ day, count, weight }));

function start(fields: Partial<TitrationFields>, patient: Partial<typeof emptyCase> = {}): void {
  $case.set({ ...emptyCase, ...patient });
  state.$fields.set({ ...emptyTitration, ...fields });
}

function done() {
  const { result } = state.$outcome.get();
  if (result.state !== 'done') throw new Error(`expected steps, got ${JSON.stringify(result)}`);
  return result;
}

function problems() {
  const { result } = state.$outcome.get();
  if (result.state !== 'problems') throw new Error(`expected problems, got ${result.state}`);
  return result.problems;
}

beforeEach(() => {
  state = titrationState({ rules: carrying(everyAgent) });
  start({});
});

describe('steps', () => {
  it('are the engine’s own for the same input (romiplostim, 70 kg)', () => {
    start({ rows: rows(['0', '20'], ['7', '30']) }, { weight: '70' });
    const expected = titrate({ agent: 'romiplostim', weightKg: 70, options: { ruleset: 'us-label' }, counts: [{ day: 0, count: 20 }, { day: 7, count: 30 }] });
    expect(expected.ok).toBe(true);
    const result = done();
    expect(result.value).toEqual(expected.ok ? expected.value : undefined);
  });

  it('reads the weight at initiation from the case (W13: 72.5 kg)', () => {
    start({ rows: rows(['0', '20']) }, { weight: '72.5' });
    const engine = titrate({ agent: 'romiplostim', weightKg: 72.5, counts: [{ day: 0, count: 20 }] });
    expect(done().value.steps[0]?.preparation).toEqual(engine.ok ? engine.value.steps[0]?.preparation : undefined);
  });

  it('passes the rule set chosen, which changes the decision (W18: the same counts under each table)', () => {
    const counts = rows(['0', '20'], ['7', '20'], ['14', '20'], ['21', '160'], ['28', '160']);
    const engine = (ruleset: 'us-label' | 'eu-smpc') => titrate({
      agent: 'romiplostim', weightKg: 70, options: { ruleset }, counts: counts.map((row) => ({ day: Number(row.day), count: Number(row.count) })),
    });
    start({ rows: counts }, { weight: '70' });
    const us = engine('us-label');
    expect(done().value).toEqual(us.ok ? us.value : undefined);
    start({ rows: counts, ruleset: 'eu-smpc' }, { weight: '70' });
    const eu = engine('eu-smpc');
    expect(done().value).toEqual(eu.ok ? eu.value : undefined);
    expect(done().value.steps.at(-1)?.action).not.toBe(us.ok ? us.value.steps.at(-1)?.action : undefined);
  });

  it('sends the rule set for romiplostim only, so the other agents never meet the EU refusal', () => {
    start({ agent: 'fostamatinib', ruleset: 'eu-smpc', rows: rows(['0', '20']) }, { age: '40' });
    expect(done().input.options).toEqual({ ageYears: 40 });
  });

  it('converts counts from the unit chosen and says so', () => {
    start({ unit: '/uL', rows: rows(['0', '20000']) }, { weight: '70' });
    expect(done().value.steps[0]?.count).toBe(20);
    const read = plateletsToSI(20000, '/uL');
    expect(state.$outcome.get().notes['titration.rows.0.count']).toEqual(read.ok ? read.warnings : undefined);
  });

  it('keeps quiet about ×10⁹/L read as ×10⁹/L', () => {
    start({ rows: rows(['0', '20']) }, { weight: '70' });
    expect(state.$outcome.get().notes).toEqual({});
  });

  it('skips blank rows, including a prefilled day with no count', () => {
    start({ rows: rows(['0', '20'], ['', ''], ['7', '30'], ['14', '']) }, { weight: '70' });
    expect(done().rows).toEqual([0, 2]);
  });

  it('is idle until a count is typed', () => {
    expect(state.$outcome.get().result.state).toBe('idle');
  });

  it('passes a child’s updated weight (W15: 20 kg at initiation, 23 kg at the reweigh)', () => {
    start({ rows: rows(['0', '20'], ['7', '20'], ['14', '20'], ['21', '20'], ['28', '100', '23']) }, { age: '8', weight: '20' });
    const counts = [0, 7, 14, 21].map((day) => ({ day, count: 20 }));
    const engine = titrate({ agent: 'romiplostim', weightKg: 20, options: { ageYears: 8 }, counts: [...counts, { day: 28, count: 100, weightKg: 23 }] });
    expect(done().value).toEqual(engine.ok ? engine.value : undefined);
    expect(done().input.counts.at(-1)?.weightKg).toBe(23);
  });

  it('reads an updated weight in the case’s unit (pounds)', () => {
    start({ rows: rows(['0', '20', '44']) }, { age: '8', weight: '44', weightUnit: 'lb' });
    expect(done().input.counts[0]?.weightKg).toBeCloseTo(19.958, 3);
  });
});

describe('errors beside their controls', () => {
  it('puts the engine’s counts[2].day on the row it came from, skipping blank rows', () => {
    start({ rows: rows(['0', '20'], ['', ''], ['7', '30'], ['5', '40']) }, { weight: '70' });
    const outcome = state.$outcome.get();
    expect(outcome.result.state).toBe('problems');
    expect(outcome.errors['titration.rows.3.day']).toMatch(/Day 5 does not come after day 7/);
  });

  it.each([['day', /Enter the day/], ['week', /Enter the week/], ['date', /Enter the date/]] as const)(
    'asks for the %s of a count typed without one',
    (entry, message) => {
      start({ entry, rows: rows(['0', '20'], ['', '30']) }, { weight: '70' });
      expect(state.$outcome.get().errors['titration.rows.1.day']).toMatch(message);
    },
  );

  it('reports an unreadable count beside it and gives no result', () => {
    start({ rows: rows(['0', 'abc']) }, { weight: '70' });
    expect(state.$outcome.get().errors['titration.rows.0.count']).toBeDefined();
    expect(state.$outcome.get().result.state).toBe('problems');
  });

  it('points a missing romiplostim weight at the case panel’s weight field', () => {
    start({ rows: rows(['0', '20']) });
    expect(problems()).toEqual([expect.objectContaining({ field: 'case.weight' })]);
  });
});

describe('questions the agent needs answered', () => {
  it('eltrombopag: ancestry and liver (the case’s question) must be answered, never read as "no"', () => {
    start({ agent: 'eltrombopag', rows: rows(['0', '20']) }, { age: '40' });
    expect(problems().map((problem) => problem.field)).toEqual(['titration.eastAsian', 'case.hepatic']);
    start({ agent: 'eltrombopag', eastAsian: 'yes', rows: rows(['0', '20']) }, { age: '40', hepatic: 'no' });
    expect(done().value.steps[0]?.schedule).toMatch(/^25 mg/); // W22
  });

  it('avatrombopag: the CYP question must be answered; a dual inhibitor starts at level 3 (W45)', () => {
    start({ agent: 'avatrombopag', rows: rows(['0', '20']) }, { age: '40' });
    expect(problems()).toEqual([expect.objectContaining({ field: 'titration.cyp' })]);
    start({ agent: 'avatrombopag', cyp: 'dual-inhibitor', rows: rows(['0', '20']) }, { age: '40' });
    expect(done().value.steps[0]?.level).toBe(3);
  });
});

describe('adding a row', () => {
  it.each([
    ['romiplostim weekly', { rows: rows(['0', '20']) }, { weight: '70' }, '7'],
    ['eltrombopag stopped for a high count: twice weekly', { agent: 'eltrombopag', eastAsian: 'no', rows: rows(['0', '20'], ['14', '450']) }, { age: '40', hepatic: 'no' }, '17'],
    ['fostamatinib monthly', { agent: 'fostamatinib', rows: rows(['0', '20']) }, { age: '40' }, '28'],
    ['no result yet: a week later', { rows: rows(['0', '20']) }, {}, '7'],
  ] as const)('%s', (_name, fields, patient, day) => {
    start({ ...fields, rows: [...fields.rows] }, patient);
    const added = state.addCountRow();
    expect(added).toBe(fields.rows.length);
    expect(state.$fields.get().rows[added]?.day).toBe(day);
  });

  it('leaves the day empty when the last one is not a number', () => {
    start({ rows: rows(['x', '20']) });
    state.addCountRow();
    expect(state.$fields.get().rows[1]?.day).toBe('');
  });

  it('removing the last row leaves an empty day-0 row to type into', () => {
    start({ rows: rows(['0', '20']) });
    state.removeRow(0);
    expect(state.$fields.get().rows).toEqual(emptyTitration.rows);
  });
});

describe('dates', () => {
  it('count days from the first dose, and a new first date keeps the dates already typed', () => {
    start({ entry: 'date', rows: rows(['', '20'], ['', '30']) }, { weight: '70' });
    state.setRowDate(0, '2026-01-05');
    state.setRowDate(1, '2026-01-12');
    expect(state.$fields.get().rows.map((row) => row.day)).toEqual(['0', '7']);
    state.setRowDate(0, '2026-01-06');
    expect(state.$fields.get().rows.map((row) => row.day)).toEqual(['0', '6']);
    expect(rowDate(state.$fields.get().start, '6')).toBe('2026-01-12');
  });

  it('show nothing for a row whose day is not a whole number', () => {
    expect(rowDate('2026-01-05', '')).toBe('');
    expect(rowDate('2026-01-05', '1.5')).toBe('');
  });
});

it('keeps a day typed just before the count, whichever field the rows last re-rendered with', () => {
  start({ rows: rows(['0', '20'], ['7', '']) });
  // The day changes, then the count is typed before any re-render: each edit lands on the row as stored.
  state.setRow(1, { day: '14' });
  state.setRow(1, { count: '450' });
  expect(state.$fields.get().rows[1]).toEqual({ day: '14', count: '450', weight: '' });
});

describe('a page that carries one agent (an embed)', () => {
  beforeEach(() => {
    state = titrationState({ agent: 'romiplostim', rules: carrying({ romiplostim: romiplostimSource }) });
  });

  it('opens on its agent', () => {
    expect(titrationState({ agent: 'avatrombopag' }).$fields.get().agent).toBe('avatrombopag');
  });

  it('gives that agent’s steps as the full simulator does', () => {
    start({ agent: 'romiplostim', rows: rows(['0', '20'], ['7', '30']) }, { weight: '70' });
    const full = titrate({ agent: 'romiplostim', weightKg: 70, counts: [{ day: 0, count: 20 }, { day: 7, count: 30 }] });
    expect(full.ok && done().value).toEqual(full.ok && full.value);
  });

  it('refuses another agent on the agent control, saying the full simulator has it', () => {
    start({ agent: 'fostamatinib', rows: rows(['0', '20']) }, { age: '40' });
    expect(problems()).toEqual([{
      field: 'titration.agent',
      message: 'This page does not carry the fostamatinib label table: use the full titration simulator for fostamatinib.',
    }]);
  });
});

describe('an agent whose label table is a script of its own', () => {
  it('is loading until its script hands the table over, then gives that agent’s steps', () => {
    const rules = carrying({});
    rules.set({ sources: {}, loading: ['romiplostim'], failed: [] });
    state = titrationState({ rules });
    start({ rows: rows(['0', '20']) }, { weight: '70' });
    expect(state.$outcome.get().result).toEqual({ state: 'loading', agent: 'romiplostim' });
    rules.set({ sources: { romiplostim: romiplostimSource }, loading: [], failed: [] });
    expect(done().value.steps.map((step) => step.action)).toEqual(['start']);
  });

  it('says on the agent control that the table could not be loaded, and how to recover', () => {
    const rules = carrying({});
    rules.set({ sources: {}, loading: [], failed: ['romiplostim'] });
    state = titrationState({ rules });
    start({ rows: rows(['0', '20']) }, { weight: '70' });
    expect(problems()).toEqual([{ field: 'titration.agent', message: expect.stringMatching(/could not be loaded.*reload the page/) }]);
  });
});
