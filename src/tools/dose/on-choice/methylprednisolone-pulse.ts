/** The methylprednisolone pulse: the regimen's rules as a script of their own, loaded when a reader chooses it (shared/on-choice.ts). */
import { methylprednisolonePulseRegimen } from '../../../engine/regimens/methylprednisolone-pulse';
import { handOverRegimen } from '../regimens';

handOverRegimen(methylprednisolonePulseRegimen);
