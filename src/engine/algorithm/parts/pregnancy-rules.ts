/**
 * The check rows a pregnancy brings (option-rules.ts describes the rows): what to avoid, and what waits — rituximab
 * for very severe cases, a TPO-RA until late and after other failures, splenectomy for the second trimester
 * (ICR 2019 and a peripartum review, guidelines.md §8.2).
 */
import type { Citation } from '../../citations';
import { formatCount } from '../../format/amount';
import { formatNumber as n } from '../../format/number';
import { corticosteroidsFailed, immunoglobulinFailed, lateGestation, secondTrimester, verySevereInPregnancy } from '../facts';
import type { OptionRule } from '../option-rules';
import { thresholds as t } from '../thresholds';
import type { OptionId } from '../vocabulary';

const avoidInPregnancy = (option: OptionId, name: string, why: string, citations: readonly Citation[]): OptionRule => ({
  check: 'check-pregnancy', option, effect: 'drop', when: (f) => f.pregnant,
  reason: `${name} is left out in pregnancy: ${why}`, citations,
});

export const pregnancyOptionRules: readonly OptionRule[] = [
  avoidInPregnancy('fostamatinib', 'Fostamatinib', 'embryo-fetal toxicity; listed as contraindicated in pregnancy.', ['tavalisse-uspi', 'poston-gernsheimer']),
  avoidInPregnancy('rilzabrutinib', 'Rilzabrutinib', 'its label warns of embryo-fetal toxicity.', ['wayrilz-uspi']),
  avoidInPregnancy('danazol-azathioprine', 'Danazol with azathioprine', 'danazol is to be avoided in pregnancy.', ['icr-2019', 'poston-gernsheimer']),
  avoidInPregnancy('multiagent-rescue', 'Multi-agent rescue', 'it contains a vinca alkaloid, to be avoided in pregnancy.', ['icr-2019', 'poston-gernsheimer']),
  avoidInPregnancy('other-immunosuppressant', 'Other immunosuppressants', 'the ICR advises avoiding immunosuppressants it does not list, and a peripartum review lists mycophenolate and cyclophosphamide as contraindicated. The one the ICR names, azathioprine with high-dose methylprednisolone and IVIG for refractory cases, comes under the methylprednisolone option.', ['icr-2019', 'poston-gernsheimer']),
  {
    check: 'check-pregnancy', option: 'rituximab', effect: 'defer', when: (f) => f.pregnant && !verySevereInPregnancy(f),
    reason: `Deferred: in pregnancy the ICR keeps rituximab for very severe cases, because it can suppress the newborn’s immunity. This site reads very severe as no response to corticosteroids and to IVIG or anti-D, with mucosal or worse bleeding or a count below ${formatCount(t.highRiskCountBelow)}.`,
    citations: ['icr-2019 pregnancy'],
  },
  {
    check: 'check-pregnancy', option: 'tpo-ra', effect: 'defer',
    when: (f) => f.pregnant && !(lateGestation(f) && corticosteroidsFailed(f) && immunoglobulinFailed(f)),
    reason: `Deferred: in pregnancy the ICR considers a TPO-RA only late, after other treatments have failed, on limited data. This site reads that as from ${n(t.lateGestationFromWeeks)} weeks (the third trimester), once corticosteroids and IVIG or anti-D have failed.`,
    citations: ['icr-2019 pregnancy'],
  },
  {
    // Our reading of "if unavoidable": only once corticosteroids and IVIG or anti-D have failed.
    check: 'check-pregnancy', option: 'splenectomy', effect: 'defer',
    when: (f) => f.pregnant && !(secondTrimester(f) && corticosteroidsFailed(f) && immunoglobulinFailed(f)),
    reason: `Deferred: in pregnancy splenectomy is done only if it cannot be avoided (read here as after corticosteroids and IVIG or anti-D have failed), and then in the second trimester (from ${n(t.secondTrimesterFromWeeks)} to ${n(t.lateGestationFromWeeks - 1)} completed weeks); outside it, or with the gestation not given, it waits.`,
    citations: ['icr-2019 pregnancy'],
  },
];
