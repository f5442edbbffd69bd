/**
 * Build time only (Tool.astro reads it; the simulator's script never imports it): what the page computes
 * for the simulator from the engine when it is built. Every label table's count lines, for the chart
 * (chart-lines.ts), from the engine's tables: the script then carries a few numbers, not four tables.
 */
import { rulesets, titrationAgents, titrationTable } from '../../engine';
import { linesFrom, tableKey } from './chart-lines';

export function buildData(): Record<string, unknown> {
  const countLines: Record<string, number[]> = {};
  for (const agent of titrationAgents) {
    for (const ruleset of rulesets) {
      const table = titrationTable(agent, ruleset);
      if (table.ok) countLines[tableKey(agent, ruleset)] = linesFrom(table.value);
    }
  }
  return { countLines };
}
