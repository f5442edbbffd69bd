/**
 * The count over time against the label's thresholds, with the dose as steps below it: an SVG drawn here
 * (no chart library: the page's JavaScript budget). `role="img"` with a title and a description; the steps
 * table beside it is the text equivalent. Colours are Starlight's variables, so it follows the theme.
 */
import type { Agent, Ruleset, TitrationStep } from '../../engine';
import { formatNumber } from '../../engine/format';
import { chartGeometry, frame } from './chart-geometry';
import { chartDescription } from './chart-text';
import { doseMeasure } from './words';

export interface TitrationChartProps {
  steps: readonly TitrationStep[];
  agent: Agent;
  ruleset: Ruleset;
  /** The label table's count lines (chart-lines.ts). */
  lines: readonly number[];
}

/** Shading between the lines: below the first is too low, above the last too high for the label. */
function zoneTone(at: number, zones: number): string {
  if (at === 0) return 'zone-low';
  if (at === 1) return 'zone-target';
  return at === zones - 1 ? 'zone-high' : 'zone-caution';
}

export function TitrationChart({ steps, agent, ruleset, lines }: TitrationChartProps) {
  const measure = doseMeasure[agent];
  const g = chartGeometry(steps, lines, measure.of);
  const edges = [0, ...lines, g.yMax];
  const plotRight = frame.width - frame.right;
  return (
    <svg
      class="titration-chart" viewBox={`0 0 ${frame.width} ${frame.height}`} role="img"
      aria-labelledby="titration-chart-title titration-chart-desc"
    >
      <title id="titration-chart-title">Platelet count and dose over time</title>
      <desc id="titration-chart-desc">{chartDescription(steps, agent, ruleset, lines)}</desc>
      {edges.slice(0, -1).map((from, at) => (
        <rect
          key={from} class={zoneTone(at, edges.length - 1)} x={frame.left} width={plotRight - frame.left}
          y={g.countY(edges[at + 1] ?? g.yMax)} height={g.countY(from) - g.countY(edges[at + 1] ?? g.yMax)}
        />
      ))}
      {g.lines.map((line) => (
        <g key={line.count}>
          <line class="threshold" x1={frame.left} x2={plotRight} y1={line.y} y2={line.y} />
          <text class="tick-label" x={frame.left - 4} y={line.y + 4} text-anchor="end">{formatNumber(line.count)}</text>
        </g>
      ))}
      {(g.lines[0]?.y ?? 0) < frame.countBottom - 14 && (
        <text class="tick-label" x={frame.left - 4} y={frame.countBottom + 4} text-anchor="end">0</text>
      )}
      <text class="axis-label" x={frame.left + 4} y={frame.countTop + 12}>Count, ×10⁹/L</text>
      <path class="count-line" d={g.countPath} />
      {g.points.map((point) => <circle key={point.day} class="count-point" cx={point.x} cy={point.y} r="3.5" />)}
      <line class="axis" x1={frame.left} x2={plotRight} y1={frame.doseBottom} y2={frame.doseBottom} />
      <text class="axis-label" x={frame.left + 4} y={frame.doseTop - 6}>Dose, {measure.unit}</text>
      <text class="tick-label" x={frame.left - 4} y={frame.doseBottom + 4} text-anchor="end">0</text>
      {g.doseMax > 0 && (
        <text class="tick-label" x={frame.left - 4} y={g.doseY(g.doseMax) + 4} text-anchor="end">{formatNumber(g.doseMax)}</text>
      )}
      <path class="dose-line" d={g.dosePath} />
      {g.xTicks.map((tick) => (
        <text key={tick.day} class="tick-label" x={tick.x} y={frame.doseBottom + 16} text-anchor="middle">{formatNumber(tick.day)}</text>
      ))}
      <text class="axis-label" x={plotRight} y={frame.height - 4} text-anchor="end">Day from the first dose</text>
    </svg>
  );
}
