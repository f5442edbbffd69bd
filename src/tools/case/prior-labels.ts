/**
 * Words for earlier treatments and their outcomes. The values are the engine's CaseInput vocabulary; the
 * `Record` types make the compiler refuse a list that misses one. Apart from the bleeding labels so that
 * pages without the earlier-treatments editor do not load them.
 */
import type { PriorOutcome, PriorTherapy } from '../../engine';

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
