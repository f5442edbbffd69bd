/**
 * A link parameter: how it is read (`ParamRule`, the part an embed page writes into itself for its link
 * check, src/embed/check-params.ts), and how it is documented (`ParamSpec`: the Teach page's tables and the
 * embed builder are generated from it). Each tool's definition lists its own (src/tools/<tool>/params.ts);
 * the case's are in src/tools/case/params.ts, the embeds' display settings in src/embed/presets.ts.
 */
export type ParamKind =
  /** A number as typed into a field ("72.5" or "72,5"); ranges are the engine's to check, beside the field. */
  | { type: 'number' }
  | { type: 'choice'; allowed: readonly string[] }
  /** 1 (yes) or 0 (no); absent means "not answered", never "no". */
  | { type: 'flag' }
  /** A comma-separated subset of `allowed`. */
  | { type: 'set'; allowed: readonly string[] }
  /** Comma-separated `first:second` pairs, e.g. prior=ivig:no-response,corticosteroids:dependent. */
  | { type: 'pairs'; first: readonly string[]; second: readonly string[]; form: string }
  /** Rows of numbers joined by colons, `;` between rows, e.g. counts=0:20;7:35 (`parts`: at most this many each; link-list.ts). */
  | { type: 'counts'; parts: number; form: string }
  /** A calendar date, YYYY-MM-DD. */
  | { type: 'date' };

export interface ParamRule {
  name: string;
  kind: ParamKind;
  /** The value used when the parameter is absent or unusable; '' when the field is simply left unset. */
  default: string;
  /** Values that need another parameter to mean anything: `{ date: 'start' }` (entry=date needs start). */
  needs?: Readonly<Record<string, string>>;
}

/** Who reads a parameter: the case, the embeds' display settings, or a tool (by its id). */
export type ParamGroup = string;

export interface ParamSpec extends ParamRule {
  group: ParamGroup;
  /** What the embed builder calls the field. */
  label: string;
  description: string;
  /** A value that works, for the documentation. */
  example: string;
  /** The case field this parameter fills: a widget reads the case parameters of the fields it shows. */
  caseField?: string;
  /** Read only by the embeds that fix these values, e.g. `{ agent: 'romiplostim' }` for one label's setting. */
  onlyWith?: Readonly<Record<string, string>>;
  /** Set by the embed page itself: documented, but not offered in the builder. */
  setByPage?: true;
}

export const numberKind = { type: 'number' } as const satisfies ParamKind;
export const flagKind = { type: 'flag' } as const satisfies ParamKind;
export const choiceKind = (allowed: readonly string[]) => ({ type: 'choice', allowed }) as const satisfies ParamKind;

/** The specs of one group, written without repeating the group on each. */
export function inGroup(group: ParamGroup, specs: readonly Omit<ParamSpec, 'group'>[]): ParamSpec[] {
  return specs.map((spec) => ({ ...spec, group }));
}
