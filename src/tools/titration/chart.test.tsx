// @vitest-environment happy-dom
// The chart: where each count and dose lands, its accessible name and description, and that it draws the
// engine's numbers unchanged. The lines are the engine's tables' (build.ts), never written here.
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { titrate, type TitrationStep } from '../../engine';
import { formatNumber } from '../../engine/format';
import { buildData } from './build';
import { chartGeometry, frame } from './chart-geometry';
import { countLines, countLinesOf } from './chart-lines';
import { chartDescription, listWords } from './chart-text';
import { TitrationChart } from './TitrationChart';
import { doseMeasure } from './words';

function steps(counts: [number, number][]): TitrationStep[] {
  const result = titrate({ agent: 'romiplostim', weightKg: 70, counts: counts.map(([day, count]) => ({ day, count })) });
  if (!result.ok) throw new Error(result.errors[0]?.message);
  return result.value.steps;
}

const held = steps([[0, 20], [7, 30], [14, 450], [21, 100]]);
const built = countLinesOf(buildData());
const usLines = countLines(built, 'romiplostim', 'us-label');
const euLines = countLines(built, 'romiplostim', 'eu-smpc');
const linesText = (lines: readonly number[]) => `lines at ${listWords(lines.map((line) => formatNumber(line)))} ×10⁹/L`;

describe('chartGeometry', () => {
  const g = chartGeometry(held, usLines, doseMeasure.romiplostim.of);

  it('runs the day axis to the next count due and the count axis above the highest line or count', () => {
    expect(g.xMax).toBe(28);
    expect(g.yMax).toBe(500);
    expect(g.xTicks.map((tick) => tick.day)).toEqual([0, 7, 14, 21, 28]);
  });

  it('places day 0 at the left edge and the last day due at the right', () => {
    expect(g.x(0)).toBe(frame.left);
    expect(g.x(28)).toBe(frame.width - frame.right);
    expect(g.points.map((point) => [point.day, point.count])).toEqual([[0, 20], [7, 30], [14, 450], [21, 100]]);
  });

  it('steps the dose from each assessment to the next, down to 0 while held', () => {
    expect(g.doseMax).toBe(2);
    const [y1, y2, y0] = [g.doseY(1), g.doseY(2), g.doseY(0)];
    expect(g.dosePath).toBe(`M${g.x(0)} ${y1} H${g.x(7)} V${y2} H${g.x(14)} V${y0} H${g.x(21)} V${y1} H${g.x(28)}`);
  });

  it('widens the day ticks on a long series', () => {
    const long = chartGeometry(steps([[0, 20], [364, 60]]), usLines.slice(0, 1), doseMeasure.romiplostim.of);
    expect(long.xTicks.length).toBeLessThanOrEqual(9);
    expect(long.xTicks[1]?.day).toBe(56);
  });
});

describe('chart text', () => {
  it('lists words as a person writes them', () => {
    expect([listWords([]), listWords(['1']), listWords(['1', '2']), listWords(['1', '2', '3'])]).toEqual(['', '1', '1 and 2', '1, 2 and 3']);
  });

  it('says every count and dose, and which rule set drew the lines', () => {
    expect(chartDescription(held, 'romiplostim', 'us-label', usLines)).toBe(
      `Platelet count at each assessment from day 0 to day 21: 20, 30, 450 and 100 ×10⁹/L, against ${linesText(usLines)} `
      + '(US label (prescribing information)). Dose (mcg/kg) from each assessment on: 1, 2, none and 1. '
      + 'The table of steps gives the same numbers with each decision and its rule.',
    );
  });

  it('never says a count on the other side of a line it is read against (49.999 is not "50")', () => {
    expect(chartDescription(steps([[0, 49.999], [7, 200.04]]), 'romiplostim', 'us-label', usLines)).toContain(': 49.999 and 200.04 ×10⁹/L,');
  });
});

describe('TitrationChart', () => {
  it('is an image with an accessible name and description, and the EU lines under the EU SmPC', () => {
    const root = document.createElement('div');
    render(<TitrationChart steps={held} agent="romiplostim" ruleset="eu-smpc" lines={euLines} />, root);
    const svg = root.querySelector('svg');
    expect(svg?.getAttribute('role')).toBe('img');
    const [title, desc] = (svg?.getAttribute('aria-labelledby') ?? '').split(' ').map((id) => root.querySelector(`#${id}`)?.textContent);
    expect(title).toBe('Platelet count and dose over time');
    expect(euLines).not.toEqual(usLines);
    expect(desc).toContain(linesText(euLines));
    expect(root.querySelectorAll('.count-point')).toHaveLength(4);
  });
});
