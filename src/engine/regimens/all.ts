/**
 * All nine regimens together, for the contract's `planRegimen` and `regimenRules` (index.ts) and for a caller
 * that wants every regimen at once; a page that offers them one at a time loads the chosen regimen's own
 * module instead (planner.ts says how).
 */
import { antiD } from './anti-d';
import { danazolAzathioprine } from './danazol-azathioprine';
import { dexamethasoneHighDose } from './dexamethasone-high-dose';
import { ivig } from './ivig';
import { methylprednisolonePulseRegimen } from './methylprednisolone-pulse';
import { multiagentRescue } from './multiagent-rescue';
import { prednisone } from './prednisone';
import { rituximabLowDose } from './rituximab-low-dose';
import { rituximabStandard } from './rituximab-standard';
import type { RegimenDefinition, RegimenId } from './types';

export const allRegimens: Readonly<Record<RegimenId, RegimenDefinition>> = {
  'rituximab-standard': rituximabStandard,
  'rituximab-low-dose': rituximabLowDose,
  'dexamethasone-high-dose': dexamethasoneHighDose,
  prednisone,
  ivig,
  'anti-d': antiD,
  'methylprednisolone-pulse': methylprednisolonePulseRegimen,
  'multiagent-rescue': multiagentRescue,
  'danazol-azathioprine': danazolAzathioprine,
};
