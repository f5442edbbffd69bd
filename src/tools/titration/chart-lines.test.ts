// The chart's threshold lines are where the engine changes its decision: the lines come from the engine's
// own tables (build.ts), and each one is checked on both sides through titrate(), so a change to a label
// table cannot leave the chart behind. No threshold is written here: the engine's tables are the oracle
// (each label value is pinned once, in the engine's vector tests).
import { describe, expect, it } from 'vitest';
import { titrate, titrationTable, type Agent, type Ruleset } from '../../engine';
import { buildData } from './build';
import { countLines, countLinesOf, linesFrom, tableKey } from './chart-lines';

const lines = countLinesOf(buildData());

/** Days and counts; `null` is the count under test, `'above'` a count well above the line under test. */
type Series = [day: number, count: number | null | 'above'][];

const toThree: Series = [[0, 20], [7, 20], [14, 20]];

function lastAction(agent: Agent, ruleset: Ruleset, series: Series, line: number, count: number): string | undefined {
  const counts = series.map(([day, value]) => ({ day, count: value === null ? count : value === 'above' ? line + 50 : value }));
  const result = titrate({ agent, weightKg: 70, options: { ageYears: 40, ...(agent === 'romiplostim' ? { ruleset } : {}) }, counts });
  return result.ok ? result.value.steps.at(-1)?.action : result.errors[0]?.message;
}

// [agent, rule set, which line (lowest first), series, [offset from the line, action] on one side, on the other]
const cases: [Agent, Ruleset, number, Series, [number, string], [number, string]][] = [
  ['romiplostim', 'us-label', 0, [[0, 20], [7, null]], [-1, 'increase'], [0, 'maintain']],
  ['romiplostim', 'us-label', 1, [...toThree, [21, 'above'], [28, null]], [0, 'maintain'], [1, 'decrease']],
  ['romiplostim', 'us-label', 2, [...toThree, [21, null]], [0, 'maintain'], [1, 'hold']],
  ['romiplostim', 'eu-smpc', 0, [[0, 20], [7, null]], [-1, 'increase'], [0, 'maintain']],
  ['romiplostim', 'eu-smpc', 1, [...toThree, [21, 'above'], [28, null]], [0, 'maintain'], [1, 'decrease']],
  ['romiplostim', 'eu-smpc', 2, [...toThree, [21, null]], [0, 'maintain'], [1, 'hold']],
  ['eltrombopag', 'us-label', 0, [[0, 20], [14, null]], [-1, 'increase'], [0, 'maintain']],
  ['eltrombopag', 'us-label', 1, [[0, 20], [14, null]], [-1, 'maintain'], [0, 'decrease']],
  ['eltrombopag', 'us-label', 2, [[0, 20], [14, null]], [0, 'decrease'], [1, 'hold']],
  ['avatrombopag', 'us-label', 0, [[0, 20], [14, null]], [-1, 'increase'], [0, 'maintain']],
  ['avatrombopag', 'us-label', 1, [[0, 20], [14, null]], [-1, 'maintain'], [0, 'decrease']],
  ['avatrombopag', 'us-label', 2, [[0, 20], [14, null]], [0, 'decrease'], [1, 'hold']],
  ['fostamatinib', 'us-label', 0, [[0, 20], [28, null]], [-1, 'increase'], [0, 'maintain']],
];

describe('countLines', () => {
  it.each(cases)('%s (%s): the engine decides differently either side of line %i', (agent, ruleset, at, series, low, high) => {
    const line = countLines(lines, agent, ruleset)[at];
    if (line === undefined) throw new Error(`no line ${at} for ${agent} (${ruleset})`);
    expect(lastAction(agent, ruleset, series, line, line + low[0])).toBe(low[1]);
    expect(lastAction(agent, ruleset, series, line, line + high[0])).toBe(high[1]);
  });

  it('draws every line it is tested at, and no other', () => {
    for (const key of Object.keys(lines)) {
      const tested = cases.filter(([agent, ruleset]) => tableKey(agent, ruleset) === key).map(([, , at]) => at);
      expect(lines[key]?.map((_line, at) => at), key).toEqual(tested);
    }
    expect(Object.keys(lines).sort()).toEqual(['avatrombopag us-label', 'eltrombopag us-label', 'fostamatinib us-label', 'romiplostim eu-smpc', 'romiplostim us-label']);
  });

  it('reads the count bounds of the rows while dosing, not of the rows while held', () => {
    const table = titrationTable('eltrombopag');
    if (!table.ok) throw new Error('no table');
    const held = table.value.rows.filter((row) => row.state === 'held').flatMap((row) => Object.values(row.when?.count ?? {}));
    expect(held.length).toBeGreaterThan(0);
    for (const bound of held) expect(linesFrom({ rows: table.value.rows.filter((row) => row.state === 'dosing') })).not.toContain(bound);
  });

  it('draws no line for a table the page was not built with, or from props that are not lines', () => {
    expect(countLines({}, 'romiplostim', 'us-label')).toEqual([]);
    expect(countLinesOf({ countLines: { a: [1, 'x'], b: [2] } })).toEqual({ b: [2] });
    expect(countLinesOf({ countLines: 3 })).toEqual({});
  });
});
