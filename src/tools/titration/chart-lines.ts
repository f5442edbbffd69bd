/**
 * The count thresholds the chart draws, so the eye can place each count against its label's table: the
 * count bounds of the table's rows while the drug is given (held rows only restart it), read from the
 * engine's own table at build time (build.ts), so they are where the engine changes its decision. They only
 * shade the picture: every decision is the engine's. A unit test checks that the engine decides differently
 * either side of each line.
 */
import type { Agent, LabelTable, Ruleset } from '../../engine';

/** "romiplostim us-label" → that table's count lines, lowest first. */
export type CountLines = Readonly<Record<string, readonly number[]>>;

export const tableKey = (agent: Agent, ruleset: Ruleset) => `${agent} ${ruleset}`;

/** The count bounds of a table's dosing rows, each once, lowest first. */
export function linesFrom(table: Pick<LabelTable, 'rows'>): number[] {
  const bounds = table.rows
    .filter((row) => row.state === 'dosing')
    .flatMap((row) => {
      const count = row.when?.count;
      return count === undefined ? [] : [count.lt, count.le, count.gt, count.ge];
    })
    .filter((bound): bound is number => bound !== undefined);
  return [...new Set(bounds)].sort((a, b) => a - b);
}

/** The count lines as the page wrote them (props.data.countLines); anything else draws none. */
export function countLinesOf(data: Readonly<Record<string, unknown>>): CountLines {
  const value = data.countLines;
  if (typeof value !== 'object' || value === null) return {};
  const entries = Object.entries(value).filter((entry): entry is [string, number[]] =>
    Array.isArray(entry[1]) && entry[1].every((line) => typeof line === 'number' && Number.isFinite(line)));
  return Object.fromEntries(entries);
}

/** The lines for one table; none for a table the page was not built with. */
export function countLines(lines: CountLines, agent: Agent, ruleset: Ruleset): readonly number[] {
  return lines[tableKey(agent, ruleset)] ?? [];
}
