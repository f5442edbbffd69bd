/** Words for the engine's vocabulary as a vignette shows it. */
import { formatNumber } from '../engine';
import type { Bleeding, PriorOutcome, PriorTherapy, Urgency } from '../engine';

export const therapyLabels: Readonly<Record<PriorTherapy, string>> = {
  corticosteroids: 'Corticosteroids',
  ivig: 'IVIG',
  'anti-d': 'Anti-D',
  rituximab: 'Rituximab',
  'tpo-ra': 'TPO-RA',
  splenectomy: 'Splenectomy',
  fostamatinib: 'Fostamatinib',
  rilzabrutinib: 'Rilzabrutinib',
};

export const outcomeLabels: Readonly<Record<PriorOutcome, string>> = {
  response: 'response',
  dependent: 'dependent (needed to keep the count up)',
  'no-response': 'no response',
  intolerant: 'not tolerated',
};

export const bleedingLabels: Readonly<Record<Bleeding, string>> = {
  none: 'none',
  minor: 'minor (skin only)',
  mucosal: 'mucosal, not life-threatening',
  'life-threatening': 'life-threatening or organ bleeding',
};

export const urgencyLabels: Readonly<Record<Urgency, string>> = {
  emergency: 'Emergency',
  urgent: 'Urgent',
  routine: 'Routine',
};

/** "1 month", "16 months", "4 years (48 months)": whole years are said as years once past two. */
export function sinceDiagnosisText(months: number): string {
  const text = `${formatNumber(months)} ${months === 1 ? 'month' : 'months'}`;
  return months >= 24 && months % 12 === 0 ? `${formatNumber(months / 12)} years (${text})` : text;
}
