/**
 * The link that opens the algorithm walker on a teaching case, in the parameter names of the shared case
 * link (src/tools/case/case-url.ts), carried in the fragment: age, plt, bleed, months, prior=therapy:outcome,…, preg, gest,
 * deliv. Written here
 * rather than through the store's codec so that the pages need no browser store at build time; a unit
 * test decodes every link with that codec and checks it gives back the same case.
 */
import type { CaseInput } from '../engine';
import { stateHref } from '../tools/shared/fragment';

/** The page and anchor of the walker. */
export const walkerPath = '/algorithm/';
export const walkerAnchor = 'walker';

/** The query parameters for a case, in reading order. */
export function walkerParams(input: CaseInput): [string, string][] {
  const params: [string, string][] = [
    ['age', String(input.ageYears)],
    ['plt', String(input.count)],
    ['bleed', input.bleeding],
    ['months', String(input.monthsSinceDiagnosis)],
  ];
  if (input.prior.length > 0) params.push(['prior', input.prior.map((entry) => `${entry.therapy}:${entry.outcome}`).join(',')]);
  // Left out when the case does not say, so the walker leaves the question unanswered rather than "no".
  if (input.pregnant !== undefined) params.push(['preg', input.pregnant ? '1' : '0']);
  // The gestation and a planned delivery decide a pregnant woman's advice (§8.2): a link without them would
  // open the walker on a different case (issue #17 item 5).
  if (input.gestationWeeks !== undefined) params.push(['gest', String(input.gestationWeeks)]);
  if (input.deliveryPlanned !== undefined) params.push(['deliv', input.deliveryPlanned ? '1' : '0']);
  return params;
}

/**
 * @example walkerHref({ ageYears: 45, count: 24, bleeding: 'minor', monthsSinceDiagnosis: 1,
 *   prior: [{ therapy: 'ivig', outcome: 'no-response' }] })
 *   // '/algorithm/#age=45&plt=24&bleed=minor&months=1&prior=ivig%3Ano-response&at=walker'
 * The case is in the fragment (fragment.ts), so following the link sends no server the teaching case either.
 */
export function walkerHref(input: CaseInput): string {
  return stateHref(walkerPath, new URLSearchParams(walkerParams(input)), walkerAnchor);
}
