/**
 * Pregnancy (guidelines.md §8.2): corticosteroids and IVIG are the treatments (ASH 2011 1C, retained by
 * ASH 2019); the ICR's corticosteroid is prednisone from a lower start, combined with IVIG and/or anti-D
 * when a single agent fails, and high-dose methylprednisolone only for refractory cases; rituximab only
 * for very severe cases; splenectomy, if unavoidable, in the second trimester; a TPO-RA only late and
 * after other failures. The delivery targets come from the ASH Education Program and the ICR. What to avoid
 * and what waits is applied by the pregnancy check (option-rules.ts).
 */
import { formatAmount, formatCount } from '../../format/amount';
import { formatNumber as n } from '../../format/number';
import { deliveryMayBeNear, intolerant, noOrMinorBleeding } from '../facts';
import { thresholds as t } from '../thresholds';
import type { AlgorithmNode, NodeNote } from '../types';
import { offering } from './offering';

const lowPrednisoneStart = `${n(10)}–${formatAmount(20, 'mg')} daily`;

/** Shown whenever delivery may be near: planned, from 28 weeks, or with the gestation not given. */
const deliveryTargets: NodeNote = {
  when: deliveryMayBeNear,
  code: 'pregnancy-delivery-targets',
  message: `For delivery: a count of at least ${formatCount(t.caesareanFromCount)} for caesarean section and at least ${formatCount(t.neuraxialFromCount)} for neuraxial (epidural or spinal) anaesthesia (ASH Education Program; the ICR prefers at least ${formatCount(t.caesareanFromCount)} for delivery). Choose the mode of delivery on obstetric grounds (ASH 2011, grade 2C), and plan with the obstetric anaesthetist.`,
  citation: 'ash-education-2025',
};

const gestationUnknown: NodeNote = {
  when: (f) => f.gestationWeeks === undefined,
  code: 'pregnancy-gestation-unknown',
  message: `The gestation is not given: a TPO-RA (considered only late, read here as from ${n(t.lateGestationFromWeeks)} weeks) and splenectomy (second trimester only) wait until it is known, and the delivery targets are shown in case delivery is near.`,
  citation: 'icr-2019 pregnancy',
};

/**
 * IVIG is not among the options (the contract's closed list, DESIGN.md), so a note names it where it is the
 * step: with corticosteroids not tolerated, IVIG is the other treatment in pregnancy (ASH 2011 1C, §1.4, §8.2),
 * and the ICR manages patients who cannot take high-dose corticosteroids with IVIG or anti-D alone (§2.1); anti-D
 * only if Rh(D)-positive and not splenectomised (§8.2; drugs.md §8.2). Audit 3, B5.
 */
const corticosteroidsNotTolerated: NodeNote = {
  when: (f) => intolerant(f, 'corticosteroids'),
  code: 'pregnancy-corticosteroids-not-tolerated',
  message: 'Corticosteroids were not tolerated: in pregnancy IVIG is the other treatment (ASH 2011, grade 1C), and the ICR manages patients who cannot take corticosteroids with IVIG or anti-D alone. Consider a further IVIG course, especially if IVIG worked before, or IV anti-D if the patient is Rh(D)-positive and not splenectomised, before the options held back here; the regimen calculator gives both doses.',
  citation: 'ash-2011',
};

export const pregnancyNodes: readonly AlgorithmNode[] = [
  {
    id: 'pregnancy-delivery', kind: 'decision',
    label: `Delivery planned, count below ${n(t.neuraxialFromCount)}?`,
    detail: `Below ${formatCount(t.neuraxialFromCount)} the count may need raising before delivery: ${n(t.caesareanFromCount)} for caesarean section, ${n(t.neuraxialFromCount)} for neuraxial anaesthesia.`,
    citations: ['ash-education-2025', 'icr-2019'],
    branches: [{ when: (f) => f.deliveryPlanned === true && f.count < t.neuraxialFromCount, label: 'yes', to: 'pregnancy-options' }],
    otherwise: { label: 'no or not known', to: 'pregnancy-count-30' },
  },
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
      rationale: `Without bleeding, a count of ${n(20)}–${formatCount(30)} is safe for most of pregnancy (ICR); this site uses the upper end, ${formatCount(t.observeFromCount)}. For delivery: at least ${formatCount(t.caesareanFromCount)} for caesarean section and ${formatCount(t.neuraxialFromCount)} for neuraxial anaesthesia (ASH Education Program); choose the mode of delivery on obstetric grounds (ASH 2011, grade 2C).`,
      citations: ['icr-2019', 'ash-education-2025', 'ash-2011'],
    }],
    notes: [deliveryTargets],
    next: { to: 'check-tried-before' },
  }),
  offering({
    id: 'pregnancy-options', title: 'Pregnancy',
    detail: 'Corticosteroids and IVIG are the treatments in pregnancy: prednisone from a lower start, combined with IVIG after single agents fail, a methylprednisolone pulse for refractory cases; the pregnancy check removes what to avoid and holds back what must wait.',
    citations: ['ash-2011', 'icr-2019'],
    offers: [
      {
        option: 'prednisone',
        rationale: `Corticosteroids and IVIG are the treatments in pregnancy (ASH 2011, grade 1C, kept in 2019). The ICR favours lower prednisone starting doses in pregnancy (${lowPrednisoneStart}), and when a single agent has failed it combines prednisone with IVIG and/or anti-D (anti-D only if Rh(D)-positive and not splenectomised).`,
        afterFailure: 'Why prednisone again: corticosteroids alone did not work or could not be continued, and after single agents fail the ICR combines prednisone with IVIG and/or anti-D. It returns as part of that combination, not as the same course again.',
        citations: ['ash-2011', 'icr-2019 pregnancy'],
      },
      {
        option: 'methylprednisolone-pulse',
        rationale: 'For refractory cases in pregnancy, the ICR uses high-dose methylprednisolone with IVIG and/or azathioprine.',
        afterFailure: 'Why a corticosteroid again: for cases refractory to single agents, the ICR’s step in pregnancy is high-dose methylprednisolone given with IVIG and/or azathioprine, a different regimen from the course that failed.',
        citations: ['icr-2019 pregnancy'],
      },
      {
        option: 'rituximab',
        rationale: 'Only for very severe cases in pregnancy: it can suppress the newborn’s immunity (ICR).',
        citations: ['icr-2019 pregnancy'],
      },
      {
        option: 'tpo-ra',
        rationale: 'The ICR considers a TPO-RA late in pregnancy after other treatments have failed; the data are limited.',
        citations: ['icr-2019 pregnancy'],
      },
      {
        option: 'splenectomy',
        rationale: 'If unavoidable in pregnancy, in the second trimester (ICR).',
        citations: ['icr-2019 pregnancy'],
      },
    ],
    notes: [deliveryTargets, gestationUnknown, corticosteroidsNotTolerated],
    next: { to: 'check-tried-before' },
  }),
];
