/**
 * Every tool, in the order the site lists them: the embed registries (src/embed/widgets.ts, presets.ts,
 * results.ts) and the embed pages are derived from these definitions. A new tool is a folder beside these
 * (tool.ts, start.ts, its state and views) and one line here.
 */
import { doseTool } from './dose/tool';
import { monitoringTool } from './monitoring/tool';
import { patientTool } from './patient/tool';
import { responseTool } from './response/tool';
import type { ToolDefinition } from './shared/tool';
import { titrationTool } from './titration/tool';
import { walkerTool } from './walker/tool';

export const tools: readonly ToolDefinition[] = [patientTool, doseTool, titrationTool, monitoringTool, responseTool, walkerTool];

export function tool(id: string): ToolDefinition {
  const found = tools.find((entry) => entry.id === id);
  if (found === undefined) throw new Error(`No tool "${id}" in src/tools/index.ts.`);
  return found;
}
