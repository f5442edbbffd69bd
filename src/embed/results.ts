/**
 * What each widget computes for its host page (the `result` message), derived from the tool definitions:
 * the result types, and which widgets send one. Each tool turns its outcome into a result in its own
 * result.ts; a diagram sends none.
 */
import { tools } from '../tools';

export type { ResultData } from '../tools/shared/results';
export type { DoseResult } from '../tools/dose/result';
export type { ResponseResult } from '../tools/response/result';
export type { TitrationResult } from '../tools/titration/result';
export type { WalkerResult } from '../tools/walker/result';

/** The widgets that send a `result` message: every embed of a tool. */
export const resultWidgets: readonly string[] = tools.flatMap((definition) => definition.embeds.map((embed) => embed.id));
