/**
 * The embeddable widgets, derived: every embed of every tool (src/tools/index.ts), then the diagrams
 * (diagrams.ts). Each is a page under /embed/, with its title, the full page it belongs to (its canonical
 * link, and where "Open in ITP Pathway" goes with the preset), the panels it can hide and the parameters it
 * reads. Build time only: a page writes what the browser needs into itself (EmbedLayout.astro).
 */
import { tools } from '../tools';
import type { ParamSpec } from '../tools/shared/params';
import type { EmbedSpec } from '../tools/shared/tool';
import { diagramEmbeds } from './diagrams';
import { presetParams } from './presets';
import sizes from './sizes.json';

export type WidgetId = string;

export interface Widget extends EmbedSpec {
  /** The full page: the canonical link, and where "Open in ITP Pathway" goes with the preset. */
  page: string;
  /** The fragment of `page` where the widget is, if not at the top. */
  anchor?: string;
  /** The tool the widget is made of; none for a diagram. */
  tool?: string;
  /** The link groups it reads besides the case and the display: its tool's own. */
  groups: readonly string[];
}

/**
 * The snippet's height: measured at the snippet's width with the widget's example preset
 * (scripts/measure-embed-heights.mjs writes sizes.json; tests/e2e/embed-matrix.spec.ts holds it to the
 * widget), falling back to the definition's estimate for a widget not measured yet.
 */
const measured: Readonly<Record<string, { preset: string; height: number } | undefined>> = sizes.widgets;

/** The width the heights were measured at, in CSS pixels. */
export const measuredWidth = sizes.width;

/** The preset a widget's height was measured with (its example on the Teach page). */
export const examplePreset = (id: WidgetId): string => measured[id]?.preset ?? '';

const sized = <T extends Widget>(entry: T): T => ({ ...entry, height: measured[entry.id]?.height ?? entry.height });

export const widgets: readonly Widget[] = [
  ...tools.flatMap((definition) => definition.embeds.map((embed): Widget => ({
    ...embed,
    page: definition.page,
    ...(definition.anchor === undefined ? {} : { anchor: definition.anchor }),
    tool: definition.id,
    groups: [...new Set(definition.params.map((spec) => spec.group))],
  }))),
  ...diagramEmbeds.map((embed): Widget => ({ ...embed, groups: [] })),
].map(sized);

export function widget(id: WidgetId): Widget {
  const found = widgets.find((entry) => entry.id === id);
  if (found === undefined) throw new Error(`No embed widget "${id}".`);
  return found;
}

function reads(entry: Widget, spec: ParamSpec): boolean {
  if (spec.group === 'case') return spec.caseField !== undefined && entry.caseFields.includes(spec.caseField);
  if (spec.group === 'display') return spec.name !== 'quiz' || entry.quiz !== undefined;
  const fixed = entry.fixed ?? {};
  return entry.groups.includes(spec.group) && Object.entries(spec.onlyWith ?? {}).every(([name, value]) => fixed[name] === value);
}

/** What the widget allows of a parameter: `hide` its own panels, a fixed one (`agent`) its own value. */
function narrowed(entry: Widget, spec: ParamSpec): ParamSpec {
  if (spec.name === 'hide') return { ...spec, kind: { type: 'set', allowed: entry.panels } };
  const fixed = entry.fixed?.[spec.name];
  if (fixed !== undefined) return { ...spec, kind: { type: 'choice', allowed: [fixed] }, default: fixed };
  return spec;
}

/** The parameters a widget reads, in the schema's order. */
export function widgetParams(entry: Widget): ParamSpec[] {
  return presetParams.filter((spec) => reads(entry, spec)).map((spec) => narrowed(entry, spec));
}
