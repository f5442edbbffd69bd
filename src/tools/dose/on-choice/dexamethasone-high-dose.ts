/** High-dose dexamethasone: the regimen's rules as a script of their own, loaded when a reader chooses it (shared/on-choice.ts). */
import { dexamethasoneHighDose } from '../../../engine/regimens/dexamethasone-high-dose';
import { handOverRegimen } from '../regimens';

handOverRegimen(dexamethasoneHighDose);
