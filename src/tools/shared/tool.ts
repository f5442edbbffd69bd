/**
 * A tool in one definition (src/tools/<tool>/tool.ts): its full page, its link parameters, the embeds made
 * of it, and how to make its state and view. One mount (mount.ts) starts it from this definition on its
 * page and in its /embed/ frame, where being embedded is a flag on its root; one build-time root
 * (src/components/site/Tool.astro) renders it for both. The embed registries (src/embed/widgets.ts,
 * presets.ts, results.ts) are derived from the definitions listed in src/tools/index.ts.
 *
 * The definition is also what the tool's script (start.ts) carries, so it holds nothing heavy that only the
 * build needs: build-time data computed from the engine goes in the tool's build.ts (see Tool.astro).
 */
import type { ReadableAtom } from 'nanostores';
import type { JSX } from 'preact';
import type { QuizQuestion } from './quiz-question';
import type { Binding } from './binding';
import type { PanelId } from './panels';
import type { ParamSpec } from './params';
import type { ToolProps } from './props';
import type { ResultData } from './results';

/** Values an embed fixes whatever its link says, e.g. `{ agent: 'romiplostim' }`. */
export type Fixed = Readonly<Record<string, string>>;

/** A tool's state on one page: its stores, bound to the link, its view, and what it computed. */
export interface ToolInstance {
  /** The stores read from and written to the link, the case first when the tool shows it. */
  bindings: readonly Binding[];
  /** The tree rendered at build time and taken over in the browser. */
  view(props: ToolProps): JSX.Element;
  /** What the tool computed, for the page that frames its embed (the `result` message); none without an embed. */
  result?: ReadableAtom<ResultData<unknown>>;
  /**
   * Runs in the browser once the link has been read, with the tool's root: e.g. the titration simulator
   * loads the chosen agent's rules from the scripts its root lists (`data-load-on-choice`).
   */
  start?(root: HTMLElement): void;
}

/** A diagram drawn above an embed: a file in src/diagrams, or the engine's algorithm graph. */
export type Figure = { diagram: string; title?: string };

/** One embed page, /embed/<id>/: a widget made of a tool (or, in src/embed/diagrams.ts, of a diagram). */
export interface EmbedSpec {
  id: string;
  /** The page's title, and the iframe's `title` in the snippet. */
  title: string;
  /** The widget in a sentence: "the regimen dose calculator". */
  name: string;
  description: string;
  /** The parts an educator may hide with `hide=`. */
  panels: readonly PanelId[];
  /** The question `quiz=1` asks before it reveals the answer the widget computed (the tool's quiz.ts); none without quiz mode. */
  quiz?: QuizQuestion;
  /** The case fields it shows: their link parameters apply (src/tools/case/params.ts). */
  caseFields: readonly string[];
  /** The snippet's starting height in CSS pixels, about the widget's height at 600 px wide (the host script refits it). */
  height: number;
  /** What the embed fixes, e.g. its agent: the parameter of that name takes only this value. */
  fixed?: Fixed;
  /** The choices whose scripts this embed may load (its fixed agent's); all of the tool's by default. */
  choices?: readonly string[];
  /** A diagram above the widget (the walker lights its path on it). */
  figure?: Figure;
}

export interface ToolDefinition {
  /** The tool's name on its root (`data-tool`) and its folder's name. */
  id: string;
  /** The full page: where "Open in ITP Pathway" goes and the embeds' canonical link. */
  page: string;
  /** The fragment of `page` where the tool is, if not at the top. */
  anchor?: string;
  /** Its own link parameters (the case's are the case's), documented and checked as embed presets. */
  params: readonly ParamSpec[];
  /** The embeds made of it, each at /embed/<id>/; none for a tool without one. */
  embeds: readonly EmbedSpec[];
  /**
   * The sets of those choices one reader's input loads at once, when it can load more than one (a pregnant
   * child's case: the pregnancy part and the child's): the budget check weighs each set as one choice. Called
   * at build time only (Tool.astro): "Your patient" finds its sets by walking cases through the engine.
   */
  loadedTogether?(): readonly (readonly string[])[];
  /**
   * Makes the tool's state: its stores, its view over them, its result. A tool whose stores are module-level
   * (the case, the dose calculator's) hands out the same ones; one an embed fixes (the titration agent) makes
   * new ones on each call, so that the build renders each embed from its own state and mutates nothing shared.
   */
  instance(fixed: Fixed): ToolInstance;
}

/** Checks a definition's shape where it is written (a typo in a field name is a compile error there). */
export function defineTool(definition: ToolDefinition): ToolDefinition {
  return definition;
}
