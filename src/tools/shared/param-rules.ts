/**
 * How one URL parameter of an embed is read: the part of the preset schema (presets.ts) that the browser
 * needs. Pages serialise their widget's rules into the page at build time, so the schema's descriptions
 * never reach an embed's JavaScript budget.
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
  /** Comma-separated numbers joined by colons, e.g. counts=0:20,7:35 (`parts`: at most this many each). */
  | { type: 'counts'; parts: number; form: string }
  /** A calendar date, YYYY-MM-DD. */
  | { type: 'date' };

export interface ParamRule {
  name: string;
  kind: ParamKind;
  /** The value used when the parameter is absent or unusable; '' when the field is simply left unset. */
  default: string;
}
