/**
 * The start of the algorithm, for every patient: bleeding triage, the need for a rapid rise, and the
 * diagnostic re-check after first-line failure (guidelines.md, 9-line answer lines 1–3; §4.3, §4.4).
 * The rapid rise is said twice: ASH 2011's faster-rise statement is written for adults (§1.4), and the
 * digests hold no paediatric recommendation for an IV methylprednisolone pulse (drugs.md §7.3 reports only
 * an oral paediatric regimen, from a secondary summary), so children get the ICR's emergency advice, not
 * specific to children, with its paediatric triggers and IVIG dose instead (§2.1; drugs.md §8.1).
 */
import { formatAmount, formatCount } from '../../format/amount';
import { formatNumber as n } from '../../format/number';
import { diagnosisInDoubt, isChild, isNewlyDiagnosed, noResponse, secondLineFailed } from '../facts';
import { thresholds as t } from '../thresholds';
import type { AlgorithmNode, CaseFacts } from '../types';
import { offering } from './offering';

/**
 * The ICR's triggers for a rapid rise (§2.1). Children are not treated for a low count alone (§8.1). A planned
 * procedure or delivery triggers it only below the count it needs (thresholds.ts, `procedureRiseBelow`;
 * delivery: at least 50 for caesarean section, §8.2); a planned delivery between 50 and 70 is raised for
 * neuraxial anaesthesia in the pregnancy steps.
 */
const rapidRiseNeeded = (f: CaseFacts): boolean =>
  f.bleeding === 'mucosal' ||
  (f.procedurePlanned && f.count < t.procedureRiseBelow) ||
  (f.pregnant && f.deliveryPlanned === true && f.count < t.caesareanFromCount) ||
  (!isChild(f) && (f.count < t.highRiskCountBelow || (isNewlyDiagnosed(f) && f.count < t.admissionCountBelow)));

/**
 * Boruchov's population: no response to IVIG and/or high-dose corticosteroids (§4.4), not a first course.
 * Our reading: the series treated counts that had to rise now, so a three- or four-drug IV combination with
 * a vinca alkaloid is offered for bleeding (mucosal) or a count below 10, not for every rapid-rise trigger
 * (a newly diagnosed count below 20 with no or skin-only bleeding goes to the longer-term options instead).
 */
const refractoryAndBleedingOrVeryLow = (f: CaseFacts): boolean =>
  (noResponse(f, 'corticosteroids') || secondLineFailed(f)) && (f.bleeding === 'mucosal' || f.count < t.highRiskCountBelow);

/** Said first when corticosteroids failed before: the pulse is a one-off for the rise, not a further course. */
const rapidRiseAgain = `Why a corticosteroid again: corticosteroids did not work, were needed continually or were not tolerated, but here an IV pulse is given once, with IVIG, only to raise the count quickly, as the ICR advises when it must rise within ${n(24)} hours; it is not a further course.`;

export const triageNodes: readonly AlgorithmNode[] = [
  {
    id: 'case-start', kind: 'start',
    label: 'ITP, low count after IVIG',
    detail: 'Assess bleeding first.',
    citations: ['icr-2019'],
    next: { to: 'bleeding-life-threatening' },
  },
  {
    id: 'bleeding-life-threatening', kind: 'decision',
    label: 'Life-threatening or organ bleeding?',
    citations: ['icr-2019', 'ash-2019'],
    branches: [{ when: (f) => f.bleeding === 'life-threatening', label: 'yes', to: 'emergency-care' }],
    otherwise: { label: 'no', to: 'rapid-rise-needed' },
  },
  {
    id: 'emergency-care', kind: 'emergency',
    label: 'Emergency care: IV corticosteroid, IVIG, platelets, then TPO-RA',
    detail: 'Now: an IV corticosteroid with IVIG and platelet transfusion; a TPO-RA if there is no response; antifibrinolytics alongside.',
    citations: ['icr-2019', 'stasi-provan-2004', 'spahr-rodgers-2007'],
    offers: [{
      option: 'emergency-care',
      rationale: `Life-threatening or organ bleeding comes first, whatever else is true; the ASH 2019 recommendations cover only non-life-threatening bleeding. Give an IV corticosteroid with IVIG, and platelet transfusion without delay, especially for intracranial bleeding: in ${n(40)} patients, IVIG with a platelet transfusion every ${n(8)} hours raised the mean count from ${n(10)} to ${formatCount(55)} at ${n(24)} hours. If bleeding stays life-threatening without a meaningful response to IVIG and platelets on corticosteroids, add a TPO-RA. Antifibrinolytics (tranexamic acid or aminocaproic acid) go alongside other treatment; ITP-specific doses are not established.`,
      citations: ['icr-2019', 'spahr-rodgers-2007', 'ash-2019'],
    }, {
      // Offered here so the TPO-RA's first reason is the ICR's emergency step (§2.1, §4.4 table), not a
      // second-line source; later nodes add their own reasons for the longer term.
      option: 'tpo-ra',
      rationale: 'In life-threatening bleeding, the ICR adds a TPO-RA when the bleeding stays life-threatening without a meaningful response to IVIG and platelet transfusion in a patient on corticosteroids.',
      citations: ['icr-2019 emergencies'],
    }],
    next: { to: 'first-line-failed', label: 'then plan treatment' },
  },
  {
    id: 'rapid-rise-needed', kind: 'decision',
    label: 'Rapid rise needed?',
    detail: `Mucosal bleeding; a procedure or delivery planned with a count below ${formatCount(t.procedureRiseBelow)}; or an adult with a count below ${formatCount(t.highRiskCountBelow)}, or below ${formatCount(t.admissionCountBelow)} if newly diagnosed.`,
    citations: ['icr-2019', 'ash-2019 rec 2a', 'piel-julian-2018'],
    branches: [{ when: rapidRiseNeeded, label: 'yes', to: 'rapid-rise' }],
    otherwise: { label: 'no', to: 'first-line-failed' },
  },
  offering({
    id: 'rapid-rise', title: 'Rapid rise',
    detail: `An IV corticosteroid with, usually, IVIG; the ASH 2011 faster-rise statement is for adults. Multi-agent rescue only after no response to corticosteroids or a failed second-line agent, with mucosal bleeding or a count below ${formatCount(t.highRiskCountBelow)}.`,
    citations: ['icr-2019', 'ash-2011', 'ash-2019', 'boruchov-2007'],
    offers: [
      {
        option: 'methylprednisolone-pulse', when: (f) => !isChild(f),
        rationale: `A rapid rise is needed: the ICR combines an IV corticosteroid with, usually, IVIG when the count must rise within ${n(24)} hours. ASH 2011 (kept in 2019) allows IVIG with corticosteroids in adults when a faster rise is needed (grade 2B), with IVIG started at ${formatAmount(1, 'g/kg')} once and repeated if necessary (grade 2B).`,
        afterFailure: rapidRiseAgain,
        citations: ['icr-2019 emergencies', 'ash-2011'],
      },
      {
        option: 'methylprednisolone-pulse', when: isChild,
        rationale: `A rapid rise is needed. The sources hold no paediatric recommendation for an IV methylprednisolone pulse: this option rests on the ICR's advice for a count that must rise within ${n(24)} hours, an IV corticosteroid with, usually, IVIG, which is not specific to children. For children the ICR asks for hospital review and consideration of admission with moderate bleeding (paediatric bleeding grade ${n(3)}), and admission and treatment with grade ${n(4)} bleeding. For newly diagnosed children with mucosal bleeding, ASH 2019 suggests a short corticosteroid course over IVIG or anti-D (conditional). IVIG for children: a single dose of ${n(0.8)}–${formatAmount(1, 'g/kg')}, and a second if the response is poor or bleeding continues (ICR).`,
        afterFailure: rapidRiseAgain,
        citations: ['icr-2019 emergencies', 'icr-2019 children', 'ash-2019 paediatric, mucosal bleeding or reduced quality of life'],
      },
      {
        option: 'multiagent-rescue', when: refractoryAndBleedingOrVeryLow, whenLabel: `after failures, if bleeding or below ${n(t.highRiskCountBelow)}`,
        rationale: 'No response to corticosteroids or to a second-line agent, and a rise is needed now: this is the population of the multi-agent series.',
        citations: ['boruchov-2007'],
      },
    ],
    next: { to: 'first-line-failed', label: 'then plan treatment' },
  }),
  {
    id: 'first-line-failed', kind: 'decision',
    label: 'No response to corticosteroids and another?',
    detail: 'No response to corticosteroids, and none to IVIG, anti-D or a second-line agent.',
    citations: ['cuker-neunert-2016', 'thanz-2022', 'miltiadous-2020'],
    branches: [{ when: diagnosisInDoubt, label: 'yes', to: 'recheck-diagnosis' }],
    otherwise: { label: 'no', to: 'pregnant' },
  },
  {
    id: 'recheck-diagnosis', kind: 'action',
    label: 'Re-check the diagnosis',
    detail: 'Before escalating: secondary ITP, inherited or marrow disorders, drugs.',
    citations: ['cuker-neunert-2016', 'thanz-2022', 'miltiadous-2020', 'ash-2019'],
    rationalePrefix: 'Re-check the diagnosis first: no response to corticosteroids, or to IVIG or later agents, makes another cause more likely.',
    notes: [{
      code: 'recheck-diagnosis',
      message: 'No response to corticosteroids, and none to IVIG, anti-D or a later agent: re-check the diagnosis before escalating. Look for secondary ITP (test for HCV and HIV), inherited thrombocytopenia, marrow disorders and drugs. Corticosteroid non-response does not exclude ITP but makes another diagnosis more likely, and refractory cases often turn out not to be primary ITP.',
      citation: 'cuker-neunert-2016',
    }],
    next: { to: 'pregnant' },
  },
  {
    id: 'pregnant', kind: 'decision',
    label: 'Pregnant?',
    citations: ['ash-2011', 'icr-2019'],
    branches: [{ when: (f) => f.pregnant, label: 'yes', to: 'pregnancy-delivery' }],
    otherwise: { label: 'no', to: 'age-child' },
  },
];

/**
 * Which population's nodes follow, for every patient who is not pregnant: drawn after the pregnancy nodes
 * (graph.ts), walked by every case, so it is not part of the children's nodes, which only children need.
 */
export const ageNode: AlgorithmNode = {
  id: 'age-child', kind: 'decision',
  label: `Age below ${n(t.adultFromYears)}?`,
  citations: ['ash-2019'],
  branches: [{ when: isChild, label: 'yes, child', to: 'child-bleeding' }],
  otherwise: { label: 'no, adult', to: 'adult-recs-6-9' },
};
