/**
 * Each option's readable name, apart from what the catalogue says about it (options.ts): the diagram's
 * option nodes are labelled from these (nodes/offering.ts), so a part of the graph loaded on its own carries
 * the names without the catalogue's prose.
 */
import type { OptionId } from './vocabulary';

export const optionLabels: Readonly<Record<OptionId, string>> = {
  'emergency-care': 'Emergency care',
  'multiagent-rescue': 'Multi-agent rescue',
  'dexamethasone-high-dose': 'High-dose dexamethasone',
  prednisone: 'Prednisone',
  'methylprednisolone-pulse': 'Methylprednisolone pulse',
  'tpo-ra': 'TPO-RA',
  rituximab: 'Rituximab',
  splenectomy: 'Splenectomy',
  fostamatinib: 'Fostamatinib',
  rilzabrutinib: 'Rilzabrutinib',
  'danazol-azathioprine': 'Danazol with azathioprine',
  'other-immunosuppressant': 'Other immunosuppressant',
  observation: 'Observation',
};
