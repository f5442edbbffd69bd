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
 *
 * The rows here hold for every patient; the rows only a child or a pregnancy brings are their parts' own
 * (parts/child-rules.ts, parts/pregnancy-rules.ts), loaded with the part. A check applies its rows in the
 * order the part's table gives them; rows of different parts never act on the same option in the same case
 * in a way their order could change (a child's rows follow these for the same option, and a pregnancy's rows
 * hold only when pregnant, these only when pregnancy is not stated).
 */
import type { Citation } from '../citations';
import { formatNumber as n } from '../format/number';
import { failed, intolerant, pregnancyUnknown, tried } from './facts';
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

export const coreOptionRules: readonly OptionRule[] = [
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
  {
    // The agents ranked below a TPO-RA switch by their own text (options.ts): less studied than the approved
    // agents, so a failed TPO-RA moving down must not lift them above it (guidelines.md §7.2; audit 3, B7).
    check: 'check-tried-before', option: 'danazol-azathioprine', effect: 'move-last', when: (f) => failed(f, 'tpo-ra'),
    reason: 'Ranked after a switch to another TPO-RA: off-label and less studied than the approved agents.',
    citations: ['khellaf-switching', 'boruchov-2007'],
  },
  {
    check: 'check-tried-before', option: 'other-immunosuppressant', effect: 'move-last', when: (f) => failed(f, 'tpo-ra'),
    reason: 'Ranked after a switch to another TPO-RA: off-label and less studied than the approved agents.',
    citations: ['khellaf-switching', 'thanz-2022'],
  },
  // Pregnancy not answered is not read as "no" (DESIGN.md; guidelines.md §8.2), at ages where it is possible
  // (facts.ts, `pregnancyPossible`): the agents avoided in pregnancy say so,
  ...(['fostamatinib', 'rilzabrutinib', 'danazol-azathioprine', 'multiagent-rescue', 'other-immunosuppressant'] as const).map((option): OptionRule => ({
    check: 'check-pregnancy', option, effect: 'caution', when: pregnancyUnknown,
    reason: 'Pregnancy is not stated: this is avoided in pregnancy, so confirm that the patient is not pregnant before choosing it.',
    citations: ['icr-2019', 'poston-gernsheimer'],
  })),
  // and so do those the pregnancy check holds back (parts/pregnancy-rules.ts; ICR 2019, §8.2).
  ...([
    ['tpo-ra', 'in pregnancy a TPO-RA is considered only late, after corticosteroids and IVIG or anti-D have failed'],
    ['rituximab', 'in pregnancy rituximab is kept for very severe cases, because it can suppress the newborn’s immunity'],
    ['splenectomy', 'in pregnancy splenectomy is done only if it cannot be avoided, and then in the second trimester'],
  ] as const).map(([option, why]): OptionRule => ({
    check: 'check-pregnancy', option, effect: 'caution', when: pregnancyUnknown,
    reason: `Pregnancy is not stated: ${why}, so confirm that the patient is not pregnant before choosing it.`,
    citations: ['icr-2019 pregnancy'],
  })),
  {
    check: 'check-timing', option: 'splenectomy', effect: 'defer', when: (f) => f.monthsSinceDiagnosis < t.splenectomyFromMonths,
    reason: `Deferred: not yet ${n(t.splenectomyFromMonths)} months since diagnosis, and remission is possible in the first year.`,
    citations: ['ash-2019 rec 7', 'ash-2011', 'icr-2019'],
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
];
