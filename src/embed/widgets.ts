/**
 * The embeddable widgets: one page each under /embed/, what it is called, the full page it belongs to
 * (its canonical link, and where "Open in ITP Pathway" goes with the preset), the panels it can hide and
 * the parameters it reads. Build time only: the pages serialise what the browser needs (embed-config.ts).
 */
import type { Agent } from '../engine';
import { agents } from '../engine/titration/types';
import type { CaseFields } from '../tools/case/case';
import { doseCaseFields } from '../tools/dose/state';
import { titrationCaseFields } from '../tools/titration/request';
import { walkerCaseFields } from '../tools/walker/state';
import type { PanelId } from '../tools/shared/panels';
import type { ParamGroup, ParamSpec } from './presets';
import { presetParams } from './presets';

type TitrationWidgetId = `titration-${Agent}`;
export type WidgetId = 'dose' | TitrationWidgetId | 'response' | 'walker' | 'algorithm' | 'overview';

export interface Widget {
  id: WidgetId;
  /** The page's title, and the iframe's `title` in the snippet. */
  title: string;
  /** The widget in a sentence: "the regimen dose calculator". */
  name: string;
  description: string;
  /** The full page: the canonical link, and where "Open in ITP Pathway" goes with the preset. */
  page: string;
  /** The fragment of `page` where the widget is, if not at the top. */
  anchor?: string;
  panels: readonly PanelId[];
  /** Whether it computes an answer that `quiz=1` can hide until revealed. */
  quiz: boolean;
  /** The link groups it reads, and the case fields it shows (their parameters apply). */
  groups: readonly ParamGroup[];
  caseFields: readonly (keyof CaseFields)[];
  /** The snippet's starting height in CSS pixels, about the widget's height at 600 px wide (the host script refits it). */
  height: number;
  /** Titration: the agent the page is for (fixed: the page's own `agent` parameter is not read). */
  agent?: Agent;
}

const agentTitles: Record<Agent, string> = {
  romiplostim: 'Romiplostim',
  eltrombopag: 'Eltrombopag',
  avatrombopag: 'Avatrombopag',
  fostamatinib: 'Fostamatinib',
};

function titrationWidget(agent: Agent): Widget {
  return {
    id: `titration-${agent}`,
    title: `${agentTitles[agent]} titration simulator`,
    name: `${agent} titration simulator`,
    description: `Week-by-week ${agent} titration by the label's table: every decision with the rule that fired and its source.`,
    page: '/tools/titration/',
    panels: ['case', 'controls', 'counts', 'chart', 'table', 'notes', 'actions'],
    quiz: true,
    groups: ['titration'],
    caseFields: titrationCaseFields(agent),
    height: 1500,
    agent,
  };
}

export const widgets: readonly Widget[] = [
  {
    id: 'dose', title: 'Regimen dose calculator', name: 'regimen dose calculator',
    description: 'Doses of the regimens used in ITP after IVIG failure for one patient, each with its working, cap, schedule and sources.',
    page: '/tools/dose-calculator/', panels: ['case', 'controls', 'notes', 'actions'], quiz: true, groups: ['dose'], caseFields: doseCaseFields, height: 1200,
  },
  ...agents.map(titrationWidget),
  {
    id: 'response', title: 'Response assessor', name: 'response assessor',
    description: 'Response to an ITP treatment by the IWG 2009 criteria from a baseline count, later counts and bleeding.',
    page: '/tools/response/', panels: ['controls', 'counts', 'notes'], quiz: true, groups: ['response'], caseFields: [], height: 900,
  },
  {
    id: 'walker', title: 'Algorithm walker', name: 'algorithm walker',
    description: 'A case walked through the treatment algorithm: the urgency, the options ranked with their reasons, and the path lit on the diagram.',
    page: '/algorithm/', anchor: 'walker', panels: ['case', 'controls', 'diagram', 'path', 'notes'], quiz: true, groups: ['walker'], caseFields: walkerCaseFields, height: 2000,
  },
  {
    id: 'algorithm', title: 'Treatment algorithm', name: 'treatment algorithm diagram',
    description: 'The ITP Pathway treatment algorithm after IVIG failure, drawn from the graph the tools walk, with its text version.',
    page: '/algorithm/', panels: ['text'], quiz: false, groups: [], caseFields: [], height: 1100,
  },
  {
    id: 'overview', title: 'ITP after IVIG failure at a glance', name: 'overview diagram',
    description: 'Overview diagram of the next steps in ITP after IVIG failure.',
    page: '/', panels: ['text'], quiz: false, groups: [], caseFields: [], height: 700,
  },
];

export function widget(id: WidgetId): Widget {
  const found = widgets.find((entry) => entry.id === id);
  if (found === undefined) throw new Error(`No embed widget "${id}".`);
  return found;
}

function reads(entry: Widget, spec: ParamSpec): boolean {
  if (spec.group === 'case') return spec.caseField !== undefined && entry.caseFields.includes(spec.caseField);
  if (spec.group === 'display') return spec.name !== 'quiz' || entry.quiz;
  return entry.groups.includes(spec.group) && (spec.agent === undefined || spec.agent === entry.agent);
}

/** What the widget allows of a parameter: `hide` its own panels, `agent` its own agent. */
function narrowed(entry: Widget, spec: ParamSpec): ParamSpec {
  if (spec.name === 'hide') return { ...spec, kind: { type: 'set', allowed: entry.panels } };
  if (spec.name === 'agent' && entry.agent !== undefined) return { ...spec, kind: { type: 'choice', allowed: [entry.agent] }, default: entry.agent };
  return spec;
}

/** The parameters a widget reads, in the schema's order. */
export function widgetParams(entry: Widget): ParamSpec[] {
  return presetParams.filter((spec) => reads(entry, spec)).map((spec) => narrowed(entry, spec));
}
