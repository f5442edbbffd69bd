/**
 * Rules that act on the options gathered along the walk, grouped by the check node that draws them in
 * the diagram (checks.ts). Each row names one option, when the rule holds, what it does and why:
 * - 'drop': the option is left out, and the reason becomes a Note;
 * - 'defer': the option stays, marked `deferred`, after the options valid now, with the reason early in its rationale;
 * - 'move-down': the option stays but goes below the next option not moved down, with the reason first in its rationale;
 * - 'move-last': the option stays valid now but goes after every other option valid now, with the reason early in its rationale;
 * - 'caution': the option keeps its place, with the reason early in its rationale.
 * A rule marked `repeat` says why an option whose therapy failed is still offered: its reason becomes the
 * option's `repeatReason`.
 */
import type { Citation } from '../citations';
import { formatNumber as n } from '../format/number';
import {
  corticosteroidsFailed, failed, immunoglobulinFailed, intolerant, isChild, lateGestation, secondTrimester, tried,
  verySevereInPregnancy,
} from './facts';
import { thresholds as t } from './thresholds';
import type { Condition } from './types';
import type { OptionId, PriorTherapy } from './vocabulary';

export type CheckId = 'check-tried-before' | 'check-adult-only' | 'check-pregnancy' | 'check-timing';

export interface OptionRule {
  check: CheckId;
  option: OptionId;
  effect: 'drop' | 'defer' | 'move-down' | 'move-last' | 'caution';
  when: Condition;
  reason: string;
  citations: readonly Citation[];
  repeat?: true;
}

const leftOutAfterFailure = (option: OptionId & PriorTherapy, name: string): OptionRule => ({
  check: 'check-tried-before', option, effect: 'drop', when: (f) => failed(f, option),
  reason: `${name} is left out: an earlier course gave no response or was not tolerated.`,
  citations: [],
});

const adultOnly = (option: OptionId, name: string, why: string, citations: readonly Citation[]): OptionRule => ({
  check: 'check-adult-only', option, effect: 'drop', when: isChild,
  reason: `${name} is left out for a child: ${why}`, citations,
});

const avoidInPregnancy = (option: OptionId, name: string, why: string, citations: readonly Citation[]): OptionRule => ({
  check: 'check-pregnancy', option, effect: 'drop', when: (f) => f.pregnant,
  reason: `${name} is left out in pregnancy: ${why}`, citations,
});

export const optionRules: readonly OptionRule[] = [
  {
    check: 'check-tried-before', option: 'splenectomy', effect: 'drop', when: (f) => tried(f, 'splenectomy'),
    reason: 'Splenectomy is not offered: it has already been done. Thrombocytopenia that persists or returns after splenectomy is refractory ITP (IWG 2009).',
    citations: ['iwg-2009'],
  },
  {
    check: 'check-tried-before', option: 'tpo-ra', effect: 'move-down', when: (f) => failed(f, 'tpo-ra'),
    repeat: true,
    reason: `A TPO-RA was tried without response or was not tolerated: switching to another TPO-RA is an option (after switching, ${n(50)}–${n(80)}% of ${n(46)} patients responded, and side effects resolved in all who switched because of them), as is the next option.`,
    citations: ['khellaf-switching'],
  },
  leftOutAfterFailure('rituximab', 'Rituximab'),
  leftOutAfterFailure('fostamatinib', 'Fostamatinib'),
  leftOutAfterFailure('rilzabrutinib', 'Rilzabrutinib'),
  ...(['methylprednisolone-pulse', 'dexamethasone-high-dose', 'prednisone'] as const).map((option): OptionRule => ({
    check: 'check-tried-before', option, effect: 'move-down', when: (f) => intolerant(f, 'corticosteroids'), repeat: true,
    reason: 'Corticosteroids were not tolerated before: weigh that against the need for this course.',
    citations: [],
  })),
  adultOnly('fostamatinib', 'Fostamatinib', 'its label covers adults only.', ['tavalisse-uspi']),
  adultOnly('rilzabrutinib', 'Rilzabrutinib', 'its label covers adults only.', ['wayrilz-uspi']),
  adultOnly('danazol-azathioprine', 'Danazol with azathioprine', 'the sources give adult doses only.', ['boruchov-2007']),
  adultOnly('other-immunosuppressant', 'Other immunosuppressants', 'the sources give adult doses only.', ['thanz-2022']),
  // Our reading (guidelines.md §1.3, §2.1): for children with mucosal bleeding ASH 2019 suggests a short
  // corticosteroid course (and, after first-line failure, a TPO-RA, rituximab, splenectomy); the IV pulse and
  // the multi-agent rescue rest on the ICR's advice for a count that must rise within 24 hours, not specific
  // to children. They stay on offer, for bleeding that needs immediate attention, after ASH's options. A
  // pregnant adolescent follows the ICR's pregnancy steps instead, where the pulse is the refractory step.
  ...(['methylprednisolone-pulse', 'multiagent-rescue'] as const).map((option): OptionRule => ({
    check: 'check-adult-only', option, effect: 'move-last', when: (f) => isChild(f) && !f.pregnant,
    reason: `For a child, ASH 2019’s paediatric options come first: this one rests on the ICR’s emergency advice (an IV corticosteroid with IVIG), which is not specific to children, so keep it for bleeding that needs immediate attention (paediatric bleeding grade ${n(4)}: admission and treatment).`,
    citations: ['ash-2019 paediatric, mucosal bleeding or reduced quality of life', 'icr-2019 children'],
  })),
  avoidInPregnancy('fostamatinib', 'Fostamatinib', 'embryo-fetal toxicity; listed as contraindicated in pregnancy.', ['tavalisse-uspi', 'poston-gernsheimer']),
  avoidInPregnancy('rilzabrutinib', 'Rilzabrutinib', 'its label warns of embryo-fetal toxicity.', ['wayrilz-uspi']),
  avoidInPregnancy('danazol-azathioprine', 'Danazol with azathioprine', 'danazol is to be avoided in pregnancy.', ['icr-2019', 'poston-gernsheimer']),
  avoidInPregnancy('multiagent-rescue', 'Multi-agent rescue', 'it contains a vinca alkaloid, to be avoided in pregnancy.', ['icr-2019', 'poston-gernsheimer']),
  avoidInPregnancy('other-immunosuppressant', 'Other immunosuppressants', 'the ICR advises avoiding immunosuppressants it does not list, and a peripartum review lists mycophenolate and cyclophosphamide as contraindicated. The one the ICR names, azathioprine with high-dose methylprednisolone and IVIG for refractory cases, comes under the methylprednisolone option.', ['icr-2019', 'poston-gernsheimer']),
  // Pregnancy not answered is not read as "no" (DESIGN.md): the agents avoided in pregnancy say so.
  ...(['fostamatinib', 'rilzabrutinib', 'danazol-azathioprine', 'multiagent-rescue', 'other-immunosuppressant'] as const).map((option): OptionRule => ({
    check: 'check-pregnancy', option, effect: 'caution', when: (f) => !f.pregnancyStated,
    reason: 'Pregnancy is not stated: this is avoided in pregnancy, so confirm that the patient is not pregnant before choosing it.',
    citations: ['icr-2019', 'poston-gernsheimer'],
  })),
  {
    check: 'check-pregnancy', option: 'rituximab', effect: 'defer', when: (f) => f.pregnant && !verySevereInPregnancy(f),
    reason: `Deferred: in pregnancy the ICR keeps rituximab for very severe cases, because it can suppress the newborn’s immunity. This site reads very severe as no response to corticosteroids and to IVIG or anti-D, with mucosal or worse bleeding or a count below ${n(t.highRiskCountBelow)}.`,
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
  {
    check: 'check-timing', option: 'splenectomy', effect: 'defer', when: (f) => f.monthsSinceDiagnosis < t.splenectomyFromMonths,
    reason: `Deferred: not yet ${n(t.splenectomyFromMonths)} months since diagnosis, and remission is possible in the first year.`,
    citations: ['ash-2019 rec 7', 'ash-2011', 'icr-2019'],
  },
  {
    check: 'check-timing', option: 'splenectomy', effect: 'defer', when: (f) => isChild(f) && f.ageYears < t.childSplenectomyFromYears,
    reason: `Deferred: in children, splenectomy is avoided before age ${n(t.childSplenectomyFromYears)}.`,
    citations: ['icr-2019', 'ash-2011'],
  },
  {
    check: 'check-timing', option: 'fostamatinib', effect: 'defer', when: (f) => f.monthsSinceDiagnosis <= t.chronicAfterMonths,
    reason: `Deferred until the ITP is chronic (more than ${n(t.chronicAfterMonths)} months): the label covers chronic ITP.`,
    citations: ['tavalisse-uspi'],
  },
  {
    check: 'check-timing', option: 'rilzabrutinib', effect: 'defer', when: (f) => f.monthsSinceDiagnosis < t.persistentFromMonths,
    reason: `Deferred until ${n(t.persistentFromMonths)} months after diagnosis: the label covers persistent or chronic ITP.`,
    citations: ['wayrilz-uspi'],
  },
  {
    check: 'check-timing', option: 'tpo-ra', effect: 'defer',
    when: (f) => isChild(f) && f.ageYears < t.childTpoRaFromYears,
    reason: `Deferred: the paediatric TPO-RA labels start at age ${n(t.childTpoRaFromYears)} year.`,
    citations: ['promacta-uspi', 'nplate-uspi'],
  },
  {
    // Our reading (guidelines.md §1.3 rows 19–21, §1.5): ASH 2019 ranks a TPO-RA over rituximab for children
    // who do not respond to first-line treatment, newly diagnosed ones included. Before 3 months the TPO-RA
    // labels do not cover the child, but rituximab has no ITP label at any age: deferring only the TPO-RA
    // would put rituximab first against ASH's order, so the TPO-RA keeps its place and says it is off-label.
    check: 'check-timing', option: 'tpo-ra', effect: 'caution',
    when: (f) => isChild(f) && f.ageYears >= t.childTpoRaFromYears && f.monthsSinceDiagnosis < t.persistentFromMonths,
    reason: `Off-label this early: the paediatric TPO-RA labels cover persistent or chronic ITP (${n(t.persistentFromMonths)} months or more; romiplostim ${n(6)} months or more). Rituximab is off-label in ITP at any age, and ASH 2019 ranks a TPO-RA first for children who do not respond to first-line treatment.`,
    citations: ['ash-2019', 'promacta-uspi', 'nplate-uspi'],
  },
];
