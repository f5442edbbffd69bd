/**
 * How soon the case needs acting on, as a table of rules walked in order: the first that holds sets the
 * urgency, and its reason goes into the result as a Note. Counts are ×10⁹/L.
 *
 * The last two rows are the risk modifiers the contract allows (issue #6, item 7). Our reading of
 * guidelines.md §4.2 and §8.3: age 60 or more (ICH odds ratio 3.09, Hato 2020; fatal bleeding 0.130 per
 * patient-year above 60 with persistent counts below 30, Cohen 2000) and anticoagulants (the main risk
 * factor for severe bleeding in CARMEN) raise a count below 30 from routine to urgent. They raise how soon
 * the patient is seen, not the treatment pathway: the rapid-rise branch of the graph keeps the guideline's
 * own triggers.
 */
import type { Citation } from '../citations';
import { formatCount } from '../format/amount';
import { formatNumber } from '../format/number';
import type { Note } from '../result';
import { isChild, isNewlyDiagnosed, noOrMinorBleeding } from './facts';
import { thresholds } from './thresholds';
import type { CaseFacts, Condition } from './types';
import type { Urgency } from './vocabulary';

export interface UrgencyRule {
  id: string;
  urgency: Exclude<Urgency, 'routine'>;
  when: Condition;
  reason: string;
  citation: Citation;
}

const t = thresholds;

export const urgencyRules: readonly UrgencyRule[] = [
  {
    id: 'life-threatening-bleeding', urgency: 'emergency',
    when: (f) => f.bleeding === 'life-threatening',
    reason: 'Life-threatening or organ bleeding: emergency care now, whatever else is true.',
    citation: 'icr-2019',
  },
  {
    id: 'mucosal-bleeding', urgency: 'urgent',
    when: (f) => f.bleeding === 'mucosal',
    reason: 'Mucosal bleeding: the platelet count needs to rise promptly.',
    citation: 'icr-2019',
  },
  {
    id: 'count-below-10', urgency: 'urgent',
    when: (f) => f.count < t.highRiskCountBelow,
    reason: `A count below ${formatCount(t.highRiskCountBelow)} carries a much higher risk of bleeding, including intracranial bleeding.`,
    citation: 'piel-julian-2018',
  },
  {
    id: 'newly-diagnosed-below-20', urgency: 'urgent',
    when: (f) => !isChild(f) && isNewlyDiagnosed(f) && f.count < t.admissionCountBelow,
    reason: `Newly diagnosed (under ${formatNumber(t.persistentFromMonths)} months) with a count below ${formatCount(t.admissionCountBelow)}: ASH 2019 suggests admission (rec 2a, conditional).`,
    citation: 'ash-2019 rec 2a',
  },
  {
    // Rec 2a is for adults; for children ASH 2019 rec 10a speaks (the note below says what it suggests).
    id: 'child-newly-diagnosed-below-20', urgency: 'urgent',
    when: (f) => isChild(f) && isNewlyDiagnosed(f) && f.count < t.admissionCountBelow,
    reason: `A newly diagnosed child (under ${formatNumber(t.persistentFromMonths)} months) with a count below ${formatCount(t.admissionCountBelow)}: this site marks the case urgent so that it is reviewed the same day.`,
    citation: 'ash-2019 rec 10a',
  },
  {
    // Urgency and options never contradict: below this count a planned procedure takes the rapid-rise branch
    // (ICR, §2.1), so the case cannot stay routine (thresholds.ts, `procedureRiseBelow`, says why 50).
    id: 'procedure-planned', urgency: 'urgent',
    when: (f) => f.procedurePlanned && f.count < t.procedureRiseBelow,
    reason: `A procedure is planned with a count below ${formatCount(t.procedureRiseBelow)}: the count needs raising before it, so the case is reviewed the same day to plan that.`,
    citation: 'icr-2019',
  },
  {
    // Below 70 the pregnancy steps raise the count before delivery (below 50 by the rapid rise): the same day.
    id: 'delivery-planned-below-70', urgency: 'urgent',
    when: (f) => f.pregnant && f.deliveryPlanned === true && f.count < t.neuraxialFromCount,
    reason: `Delivery is planned with a count below ${formatCount(t.neuraxialFromCount)}: at least ${formatCount(t.caesareanFromCount)} is needed for caesarean section and ${formatCount(t.neuraxialFromCount)} for neuraxial (epidural or spinal) anaesthesia, so plan the same day how to raise it before delivery.`,
    citation: 'ash-education-2025',
  },
  {
    id: 'older-age-below-30', urgency: 'urgent',
    when: (f) => f.ageYears >= t.olderFromYears && f.count < t.observeFromCount,
    reason: `Age ${formatNumber(t.olderFromYears)} or more with a count below ${formatCount(t.observeFromCount)}: older age independently raises the risk of intracranial bleeding (odds ratio ${formatNumber(3.09)}), so this site raises the urgency.`,
    citation: 'hato-2020',
  },
  {
    id: 'anticoagulants-below-30', urgency: 'urgent',
    when: (f) => f.anticoagulants && f.count < t.observeFromCount,
    reason: `Taking an anticoagulant with a count below ${formatCount(t.observeFromCount)}: anticoagulants were the main risk factor for severe bleeding in newly diagnosed adults (CARMEN), so this site raises the urgency.`,
    citation: 'piel-julian-2018',
  },
];

/**
 * The contract makes a newly diagnosed count below 20 urgent for everyone, but for newly diagnosed children
 * with no or mild bleeding ASH 2019 rec 10a suggests outpatient care below 20. We keep 'urgent' (the
 * conservative reading: seen the same day) and say so beside the result.
 */
const childOutpatientNote: Note = {
  code: 'urgency-child-outpatient',
  message: `For a child with no or mild bleeding and a count below ${formatCount(t.admissionCountBelow)}, ASH 2019 suggests outpatient care over admission (rec 10a, conditional); admission remains reasonable with diagnostic doubt, social concerns, distance from hospital or unreliable follow-up. This site still marks the case urgent so that it is reviewed the same day.`,
  citation: 'ash-2019 rec 10a',
};

/** A procedure at a count that is not raised for it alone: its own target decides (thresholds.ts, `procedureRiseBelow`). */
const procedureTargetNote = (f: CaseFacts): Note => ({
  code: 'procedure-target',
  message: `A procedure is planned and the count is ${formatCount(f.count)}: the sources give a count to reach only for delivery (at least ${formatCount(t.caesareanFromCount)} for caesarean section, ${formatCount(t.neuraxialFromCount)} for neuraxial anaesthesia). Agree the target for this procedure with the team doing it; if the count is below it, raise it first: the ICR suits IVIG or anti-D to a patient who needs a procedure.`,
  citation: 'icr-2019',
});

/**
 * An anticoagulant is said whatever set the urgency, so the answer is never lost behind another reason: for
 * adults CARMEN's risk factor (§4.2); for children the ICR's "need for anticoagulant or antiplatelet drugs",
 * a reason to treat and consider admission (§2.1).
 */
const anticoagulantNote = (f: CaseFacts): Note => isChild(f)
  ? {
    code: 'anticoagulants',
    message: 'Taking an anticoagulant: for children the ICR lists a need for anticoagulant or antiplatelet drugs among the reasons to treat and consider admission, whatever the count.',
    citation: 'icr-2019 children',
  }
  : {
    code: 'anticoagulants',
    message: 'Taking an anticoagulant: anticoagulants were the main risk factor for severe bleeding in newly diagnosed adults (CARMEN); weigh it with the count and the bleeding.',
    citation: 'piel-julian-2018',
  };

export function assessUrgency(f: CaseFacts): { urgency: Urgency; notes: Note[] } {
  const rule = urgencyRules.find((row) => row.when(f));
  const extra: Note[] = [
    ...(f.procedurePlanned && f.count >= t.procedureRiseBelow ? [procedureTargetNote(f)] : []),
    ...(f.anticoagulants && rule?.id !== 'anticoagulants-below-30' ? [anticoagulantNote(f)] : []),
  ];
  if (!rule) return { urgency: 'routine', notes: extra };
  const notes: Note[] = [{ code: `urgency-${rule.id}`, message: rule.reason, citation: rule.citation }, ...extra];
  // Not for a child on an anticoagulant: the ICR's reasons to treat and consider admission include it.
  if (isChild(f) && isNewlyDiagnosed(f) && noOrMinorBleeding(f) && f.count < t.admissionCountBelow && !f.anticoagulants) {
    notes.push(childOutpatientNote);
  }
  return { urgency: rule.urgency, notes };
}
