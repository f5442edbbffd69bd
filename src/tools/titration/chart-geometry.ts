/**
 * Where everything on the titration chart goes, in SVG units: counts as points over days in the upper
 * panel, the dose as steps in the lower one, sharing the day axis. Pure, so it is tested without a browser;
 * the numbers it places are the engine's, unchanged.
 */
import type { TitrationStep } from '../../engine';

export const frame = { width: 440, height: 270, left: 48, right: 12, countTop: 10, countBottom: 170, doseTop: 196, doseBottom: 236 } as const;

const plotWidth = frame.width - frame.left - frame.right;
/** Day-axis tick spacing: whole weeks, widened until there are at most 8 ticks. */
const tickSpacing = [7, 14, 28, 56, 91, 182, 364] as const;

export interface ChartPoint {
  day: number;
  count: number;
  x: number;
  y: number;
}

export interface ChartGeometry {
  /** Last day shown: the later of the last count and the next count due. */
  xMax: number;
  /** Top of the count axis, ×10⁹/L. */
  yMax: number;
  /** Largest dose plotted, in the agent's measure; 0 when nothing was given. */
  doseMax: number;
  points: ChartPoint[];
  /** The count line through the points. */
  countPath: string;
  /** The dose from each step to the next, as one stepped line (0 while held or stopped). */
  dosePath: string;
  xTicks: { day: number; x: number }[];
  lines: { count: number; y: number }[];
  x: (day: number) => number;
  countY: (count: number) => number;
  doseY: (dose: number) => number;
}

const round = (value: number) => Math.round(value * 10) / 10;

export function chartGeometry(
  steps: readonly TitrationStep[],
  lines: readonly number[],
  doseOf: (step: TitrationStep) => number | undefined,
): ChartGeometry {
  const last = steps.at(-1);
  const xMax = Math.max(7, last?.day ?? 0, last?.nextCountDue ?? 0);
  const yMax = Math.ceil((Math.max(...lines, ...steps.map((step) => step.count)) * 1.1) / 50) * 50;
  const doses = steps.map((step) => doseOf(step) ?? 0);
  const doseMax = Math.max(0, ...doses);
  const x = (day: number) => round(frame.left + (day / xMax) * plotWidth);
  const countY = (count: number) => round(frame.countBottom - (count / yMax) * (frame.countBottom - frame.countTop));
  const doseY = (dose: number) => round(frame.doseBottom - (dose / (doseMax || 1)) * (frame.doseBottom - frame.doseTop));

  const points = steps.map((step) => ({ day: step.day, count: step.count, x: x(step.day), y: countY(step.count) }));
  const countPath = points.map((point, at) => `${at === 0 ? 'M' : 'L'}${point.x} ${point.y}`).join(' ');
  const dosePath = steps
    .map((step, at) => {
      const y = doseY(doses[at] ?? 0);
      const to = x(steps[at + 1]?.day ?? xMax);
      return `${at === 0 ? `M${x(step.day)} ${y}` : `V${y}`} H${to}`;
    })
    .join(' ');
  const spacing = tickSpacing.find((days) => xMax / days <= 8) ?? 364;
  const xTicks = Array.from({ length: Math.floor(xMax / spacing) + 1 }, (_unused, at) => ({ day: at * spacing, x: x(at * spacing) }));
  return {
    xMax, yMax, doseMax, points, countPath, dosePath, xTicks,
    lines: lines.map((count) => ({ count, y: countY(count) })),
    x, countY, doseY,
  };
}
