/**
 * Every URL parameter an embed reads: its name, type, allowed values, default and meaning. Derived: the
 * case's (src/tools/case/params.ts), each tool's own (its definition's `params`), and the embeds' display
 * settings, written here. The Teach page's parameter tables and the embed builder are generated from this
 * list, and the embed pages check a link against it (check-params.ts), so the documentation cannot drift
 * from what the widgets accept.
 *
 * The case and tool parameters are the full pages' own link parameters (their codecs): a link from a tool
 * page works as an embed preset and the reverse. A unit test holds each codec to the names, values and
 * defaults written for it.
 */
import { tools } from '../tools';
import { caseParams } from '../tools/case/params';
import { panelIds } from '../tools/shared/panels';
import { choiceKind as choice, flagKind as flag, inGroup, type ParamRule, type ParamSpec } from '../tools/shared/params';

export type { ParamGroup, ParamSpec } from '../tools/shared/params';

/** The embed themes (`?theme=`); without one, an embed follows the reader's light or dark setting. */
export const themes = ['light', 'dark', 'projector'] as const;

const displayParams = inGroup('display', [
  {
    name: 'theme', label: 'Theme', kind: choice(themes), default: '', example: 'projector',
    description: 'light, dark, or projector (large type, thick lines, maximum contrast, for a lecture hall). Left out, the reader’s own light or dark setting applies.',
  },
  {
    name: 'hide', label: 'Hide', kind: { type: 'set', allowed: panelIds }, default: '', example: 'case,notes',
    description: 'Panels to hide, comma-separated; which panels a widget has is listed with it. Preset values still apply to a hidden panel.',
  },
  {
    name: 'quiz', label: 'Quiz', kind: flag, default: '', example: '1',
    description: '1 hides the computed answer until the learner presses “Reveal the answer”; the result message is sent only once it is revealed.',
  },
]);

/** Each tool's parameters once (the monitoring schedule reads the simulator's). */
const toolParams = [...new Set(tools.map((definition) => definition.params))].flat();

export const presetParams: readonly ParamSpec[] = [...caseParams, ...toolParams, ...displayParams];

/** Where the parameter's rule is shown to a reader: "a number", "one of kg, lb", … */
export function allowedText(spec: ParamRule): string {
  const { kind } = spec;
  switch (kind.type) {
    case 'number':
      return 'a number';
    case 'flag':
      return '1 or 0';
    case 'date':
      return 'a date, YYYY-MM-DD';
    case 'choice':
      return kind.allowed.join(', ');
    case 'set':
      return `any of ${kind.allowed.join(', ')}`;
    case 'pairs':
    case 'counts':
      return kind.form;
  }
}
