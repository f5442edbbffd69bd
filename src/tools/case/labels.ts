/**
 * Words for the case's closed choices: the bleeding grades, earlier treatments and their outcomes (the
 * engine's CaseInput vocabulary), and which fields the case panel can show. The `Record` types make the
 * compiler refuse a list that misses one of the engine's values. Plain data: a page's bundle keeps only
 * the lists its views use.
 */
import type { PriorOutcome, PriorTherapy } from '../../engine';
import type { BleedingGrade } from './case';

/** The fields the case panel can show, in its order on screen; a tool passes the ones it reads. */
export const caseFieldNames = [
  'age', 'weight', 'height', 'count', 'bleeding', 'months', 'prior', 'pregnant', 'gestation', 'deliveryPlanned', 'hepatic',
  'rhD', 'splenectomised', 'haemoglobin',
] as const;

export type CaseFieldName = (typeof caseFieldNames)[number];

export const bleedingLabels: Record<BleedingGrade, string> = {
  none: 'None',
  minor: 'Minor (skin only: petechiae, bruising)',
  mucosal: 'Mucosal, not life-threatening (mouth, nose, gut, urine, heavy periods)',
  'life-threatening': 'Life-threatening or organ bleeding (intracranial, major gut bleeding)',
};

export const therapyLabels: Record<PriorTherapy, string> = {
  corticosteroids: 'Corticosteroids',
  ivig: 'IVIG',
  'anti-d': 'Anti-D immunoglobulin',
  rituximab: 'Rituximab',
  'tpo-ra': 'TPO receptor agonist (TPO-RA)',
  splenectomy: 'Splenectomy',
  fostamatinib: 'Fostamatinib',
  rilzabrutinib: 'Rilzabrutinib',
};

export const outcomeLabels: Record<PriorOutcome, string> = {
  response: 'Responded',
  dependent: 'Dependent (the response needs ongoing treatment)',
  'no-response': 'No response',
  intolerant: 'Not tolerated',
};
