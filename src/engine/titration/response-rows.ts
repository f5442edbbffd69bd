/**
 * The two rows that judge the response at the maximum dose, for every agent (drugs.md §1.2, §2.2, §3.3,
 * §4.1): the stop prompt for a count that has not risen, and the loss of response, which is not a reason to
 * stop on one count. Each label stops a drug whose count "has not risen" enough after a period at the maximum;
 * the engine reads that as a count still < 50 (words.ts, the prompt). A count ≥ 50 earlier at the same dose is
 * a response: a later low count is a possible loss of it, for which the label asks for causes (§1.4) and IWG
 * for two counts at least a day apart (guidelines.md §3.3), not a stop (third engine audit: one count of 40
 * after five weeks at 90 stopped eltrombopag, "a count still < 50").
 */
import type { Citation } from '../citations';
import { formatNumber as n } from '../format/number';
import type { Conditions, Rule } from './table';
import { promptCount } from './words';

/**
 * `period`: the label's own period (4 weeks at the maximum; fostamatinib: 12 weeks of treatment).
 * `heldFor`: days every count at the maximum must have been < 50 before the prompt. Our reading: 4 weeks, the
 * label's own judging period at the maximum (§1.2, §2.2, §3.3; fostamatinib's "after 4 weeks", §4.1), so that
 * after a response is lost the prompt comes once the count has stayed low for that long: the exit from keeping
 * a dose that no longer works.
 */
export function responseRows(period: Conditions, heldFor: number, citation: Citation, stopId = 'stop-no-response-at-maximum'): Rule[] {
  const count = { lt: promptCount };
  return [
    {
      id: stopId, when: { count, dose: 'highest', ...period, countHeldFor: { ge: heldFor } },
      then: 'stop', prompt: true, citation,
    },
    {
      id: 'loss-of-response-at-maximum', when: { count, dose: 'highest', afterCountOutside: true }, then: 'keep', citation,
      reading: `a count ≥ ${n(promptCount)} earlier at this dose was a response, so this count is read as a possible loss of response, not a lack of it: keep the maximum dose, repeat the count (a loss of response is called on ${n(2)} counts at least ${n(1)} day apart, IWG) and look for causes (neutralising antibodies, marrow changes, other causes of a low count). The prompt to stop comes once every count at this dose has been < ${n(promptCount)} for ${n(heldFor)} days.`,
    },
  ];
}
