/** The engine's fostamatinib helper rules, as fostamatinib's script on the monitoring page hands them over (helper-rules.ts). */
import {
  fostamatinibBloodPressure, fostamatinibBloodPressureRules, fostamatinibReduce, fostamatinibReductionLadder,
} from '../../engine/titration/fostamatinib';
import type { FostamatinibHelperRules } from './helper-rules';

export const fostamatinibHelperRules: FostamatinibHelperRules = {
  ladder: fostamatinibReductionLadder,
  bloodPressureRules: fostamatinibBloodPressureRules,
  reduce: fostamatinibReduce,
  bloodPressure: fostamatinibBloodPressure,
};
