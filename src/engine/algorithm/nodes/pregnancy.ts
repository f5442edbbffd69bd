/**
 * Pregnancy (guidelines.md §8.2): corticosteroids and IVIG are the treatments (ASH 2011 1C, retained by
 * ASH 2019); the ICR's corticosteroid is prednisone from a lower start, combined with IVIG and/or anti-D
 * when a single agent fails, and high-dose methylprednisolone only for refractory cases; rituximab only
 * for very severe cases; splenectomy, if unavoidable, in the second trimester; a TPO-RA only late and
 * after other failures. What to avoid is applied by the pregnancy check.
 */
import { formatAmount, formatCount } from '../../format/amount';
import { formatNumber as n } from '../../format/number';
import { noOrMinorBleeding } from '../facts';
import { thresholds as t } from '../thresholds';
import type { AlgorithmNode } from '../types';
import { offering } from './offering';

const lowPrednisoneStart = `${n(10)}–${formatAmount(20, 'mg')} daily`;

export const pregnancyNodes: readonly AlgorithmNode[] = [
  {
    id: 'pregnancy-count-30', kind: 'decision',
    label: `Count ${n(t.observeFromCount)} or more, no or minor bleeding?`,
    citations: ['icr-2019'],
    branches: [{ when: (f) => f.count >= t.observeFromCount && noOrMinorBleeding(f), label: 'yes', to: 'pregnancy-observation' }],
    otherwise: { label: 'no', to: 'pregnancy-options' },
  },
  offering({
    id: 'pregnancy-observation', title: 'Pregnancy',
    citations: ['icr-2019', 'ash-education-2025', 'poston-gernsheimer'],
    offers: [{
      option: 'observation',
      rationale: `Without bleeding, a count of ${n(20)}–${formatCount(30)} is safe for most of pregnancy (ICR); this site uses the upper end, ${n(t.observeFromCount)}. For delivery: at least ${formatCount(50)} for caesarean section and ${formatCount(70)} for neuraxial anaesthesia (ASH Education Program); choose the mode of delivery on obstetric grounds (ASH 2011, grade 2C).`,
      citations: ['icr-2019', 'ash-education-2025', 'ash-2011'],
    }],
    next: { to: 'check-tried-before' },
  }),
  offering({
    id: 'pregnancy-options', title: 'Pregnancy',
    detail: 'Corticosteroids and IVIG are the treatments in pregnancy: prednisone from a lower start, a methylprednisolone pulse for refractory cases; the pregnancy check removes what to avoid.',
    citations: ['ash-2011', 'icr-2019'],
    offers: [
      {
        option: 'prednisone',
        rationale: `Corticosteroids and IVIG are the treatments in pregnancy (ASH 2011, grade 1C, kept in 2019). The ICR favours lower prednisone starting doses in pregnancy (${lowPrednisoneStart}), and when a single agent has failed it combines prednisone with IVIG and/or anti-D (anti-D only if Rh(D)-positive and not splenectomised).`,
        citations: ['ash-2011', 'icr-2019 pregnancy'],
      },
      {
        option: 'methylprednisolone-pulse',
        rationale: 'For refractory cases in pregnancy, the ICR uses high-dose methylprednisolone with IVIG and/or azathioprine.',
        citations: ['icr-2019 pregnancy'],
      },
      {
        option: 'rituximab',
        rationale: 'Only for very severe cases in pregnancy: it can suppress the newborn’s immunity (ICR).',
        citations: ['icr-2019'],
      },
      {
        option: 'splenectomy',
        rationale: 'If unavoidable in pregnancy, in the second trimester (ICR).',
        citations: ['icr-2019'],
      },
      {
        option: 'tpo-ra',
        rationale: 'The ICR considers it in pregnancy only after the other options.',
        citations: ['icr-2019'],
      },
    ],
    next: { to: 'check-tried-before' },
  }),
];
