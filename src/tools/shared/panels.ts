/**
 * The parts of a widget an educator may hide with `?hide=` (a comma-separated list). The page marks the
 * list on its root element (`data-hide`) and embed.css hides each panel by its markup; a preset value in a
 * hidden panel still applies. The notices, the answer's reveal button and the footer can never be hidden.
 */
export const panelIds = ['case', 'controls', 'counts', 'notes', 'actions', 'chart', 'table', 'diagram', 'path', 'text'] as const;
export type PanelId = (typeof panelIds)[number];

export const panelDescriptions: Record<PanelId, string> = {
  case: 'the patient panel',
  controls: 'the tool’s own choices (regimen, rule set, start-dose questions, the walker’s questions)',
  counts: 'the rows of counts',
  notes: 'the warnings and notes under the result',
  actions: 'the copy, print and monitoring-schedule buttons',
  chart: 'the chart of counts and doses',
  table: 'the table of steps',
  diagram: 'the algorithm diagram',
  path: 'the walked path in words',
  text: 'the text version of the diagram',
};
