/**
 * Each regimen's display name, apart from its rules: a page lists the regimens to choose from before it has
 * loaded any of them (each regimen's module is loaded when it is chosen), and each definition takes its name
 * from here, so the list and the plan cannot name a regimen differently.
 */
import type { RegimenId } from './types';

export const regimenNames: Readonly<Record<RegimenId, string>> = {
  'rituximab-standard': 'Rituximab, standard dose',
  'rituximab-low-dose': 'Rituximab, low dose',
  'dexamethasone-high-dose': 'High-dose dexamethasone',
  prednisone: 'Prednisone',
  ivig: 'IVIG',
  'anti-d': 'Anti-D immunoglobulin',
  'methylprednisolone-pulse': 'Methylprednisolone pulse',
  'multiagent-rescue': 'Multi-agent rescue (Boruchov)',
  'danazol-azathioprine': 'Danazol with azathioprine (maintenance)',
};
