/**
 * The check rows a child brings (option-rules.ts describes the rows): no adult-only agent, ASH's paediatric
 * options before the IV pulse and the rescue, and the paediatric timing of splenectomy and a TPO-RA
 * (guidelines.md §1.3, §8.1; labels).
 */
import type { Citation } from '../../citations';
import { formatNumber as n } from '../../format/number';
import { isChild } from '../facts';
import type { OptionRule } from '../option-rules';
import { thresholds as t } from '../thresholds';
import type { OptionId } from '../vocabulary';

const adultOnly = (option: OptionId, name: string, why: string, citations: readonly Citation[]): OptionRule => ({
  check: 'check-adult-only', option, effect: 'drop', when: isChild,
  reason: `${name} is left out for a child: ${why}`, citations,
});

export const childOptionRules: readonly OptionRule[] = [
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
  {
    check: 'check-timing', option: 'splenectomy', effect: 'defer', when: (f) => isChild(f) && f.ageYears < t.childSplenectomyFromYears,
    reason: `Deferred: in children, splenectomy is avoided before age ${n(t.childSplenectomyFromYears)}.`,
    citations: ['icr-2019', 'ash-2011'],
  },
  {
    // Our reading, as for the first 3 months below: under 1 year the TPO-RA labels do not cover the child, but
    // rituximab has no ITP label at any age, so deferring the TPO-RA alone would rank rituximab first against
    // ASH 2019's order for children (§1.3 rows 19–21). The TPO-RA keeps its place and says it is off-label, and
    // that an infant's second-line treatment is a paediatric haematologist's decision. The dose and titration
    // tools still give no TPO-RA dose under 1 year.
    check: 'check-timing', option: 'tpo-ra', effect: 'caution',
    when: (f) => isChild(f) && f.ageYears < t.childTpoRaFromYears,
    reason: `Off-label under ${n(t.childTpoRaFromYears)} year: the paediatric TPO-RA labels start at age ${n(t.childTpoRaFromYears)}, and this site gives no TPO-RA dose below it. Rituximab is off-label in ITP at any age, and ASH 2019 ranks a TPO-RA first for children who do not respond to first-line treatment: an infant's second-line treatment is a paediatric haematologist's decision.`,
    citations: ['ash-2019', 'promacta-uspi', 'nplate-uspi'],
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
