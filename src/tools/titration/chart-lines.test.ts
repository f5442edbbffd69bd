// The chart's threshold lines are where the engine changes its decision: each line is checked on both
// sides through titrate(), so a change to a label table cannot leave the chart behind.
import { describe, expect, it } from 'vitest';
import { titrate, type Agent, type Ruleset } from '../../engine';
import { countLines } from './chart-lines';

/** Days and counts; `null` is the count under test. */
type Series = [day: number, count: number | null][];

const toThree: Series = [[0, 20], [7, 20], [14, 20]];

function lastAction(agent: Agent, ruleset: Ruleset, series: Series, count: number): string | undefined {
  const counts = series.map(([day, value]) => ({ day, count: value ?? count }));
  const result = titrate({ agent, weightKg: 70, options: { ageYears: 40, ...(agent === 'romiplostim' ? { ruleset } : {}) }, counts });
  return result.ok ? result.value.steps.at(-1)?.action : result.errors[0]?.message;
}

// [agent, rule set, line, series, [count, action] on one side, [count, action] on the other]
const cases: [Agent, Ruleset, number, Series, [number, string], [number, string]][] = [
  ['romiplostim', 'us-label', 50, [[0, 20], [7, null]], [49, 'increase'], [50, 'maintain']],
  ['romiplostim', 'us-label', 200, [...toThree, [21, 300], [28, null]], [200, 'maintain'], [201, 'decrease']],
  ['romiplostim', 'us-label', 400, [...toThree, [21, null]], [400, 'maintain'], [401, 'hold']],
  ['romiplostim', 'eu-smpc', 50, [[0, 20], [7, null]], [49, 'increase'], [50, 'maintain']],
  ['romiplostim', 'eu-smpc', 150, [...toThree, [21, 200], [28, null]], [150, 'maintain'], [151, 'decrease']],
  ['romiplostim', 'eu-smpc', 250, [...toThree, [21, null]], [250, 'maintain'], [251, 'hold']],
  ['eltrombopag', 'us-label', 50, [[0, 20], [14, null]], [49, 'increase'], [50, 'maintain']],
  ['eltrombopag', 'us-label', 200, [[0, 20], [14, null]], [199, 'maintain'], [200, 'decrease']],
  ['eltrombopag', 'us-label', 400, [[0, 20], [14, null]], [400, 'decrease'], [401, 'hold']],
  ['avatrombopag', 'us-label', 50, [[0, 20], [14, null]], [49, 'increase'], [50, 'maintain']],
  ['avatrombopag', 'us-label', 200, [[0, 20], [14, null]], [199, 'maintain'], [200, 'decrease']],
  ['avatrombopag', 'us-label', 400, [[0, 20], [14, null]], [400, 'decrease'], [401, 'hold']],
  ['fostamatinib', 'us-label', 50, [[0, 20], [28, null]], [49, 'increase'], [50, 'maintain']],
];

describe('countLines', () => {
  it.each(cases)('%s (%s): the engine decides differently either side of %i', (agent, ruleset, line, series, low, high) => {
    expect(countLines(agent, ruleset)).toContain(line);
    expect(lastAction(agent, ruleset, series, low[0])).toBe(low[1]);
    expect(lastAction(agent, ruleset, series, high[0])).toBe(high[1]);
  });

  it('draws every line it is tested at, and no other', () => {
    for (const agent of ['romiplostim', 'eltrombopag', 'avatrombopag', 'fostamatinib'] as const) {
      for (const ruleset of agent === 'romiplostim' ? (['us-label', 'eu-smpc'] as const) : (['us-label'] as const)) {
        const tested = cases.filter(([a, r]) => a === agent && r === ruleset).map(([, , line]) => line);
        expect([...countLines(agent, ruleset)]).toEqual(tested);
      }
    }
  });
});
