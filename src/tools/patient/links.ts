/**
 * Links from the summary to the tool that shows an option in full, carrying the case so that the tool opens
 * on it: the dose calculator with the regimen chosen, the titration simulator, the walker with its path lit.
 */
import type { RegimenId } from '../../engine';
import type { CaseFields } from '../case/case';
import { caseCodec } from '../case/case-url';
import { stateHref } from '../shared/fragment';
import { walkerCodec, type WalkerFields } from '../walker/state';

/** The case in the fragment, never the query (shared/fragment.ts): a link followed sends no patient detail. */
function withCase(path: string, fields: CaseFields, extra: Record<string, string> = {}, anchor?: string): string {
  const params = new URLSearchParams();
  caseCodec.encode(fields, params);
  for (const [name, value] of Object.entries(extra)) params.set(name, value);
  return stateHref(path, params, anchor);
}

export const doseLink = (fields: CaseFields, regimen: RegimenId) => withCase('/tools/dose-calculator/', fields, { regimen });

export const titrationLink = (fields: CaseFields) => withCase('/tools/titration/', fields);

/** The walker with this case and the answers to its own questions given here (WalkerQuestions). */
export function walkerLink(fields: CaseFields, walker: WalkerFields): string {
  const answers = new URLSearchParams();
  walkerCodec.encode(walker, answers);
  return withCase('/algorithm/', fields, Object.fromEntries(answers), 'walker');
}
