/** IVIG: the regimen's rules as a script of their own, loaded when a reader chooses it (shared/on-choice.ts). */
import { ivig } from '../../../engine/regimens/ivig';
import { handOverRegimen } from '../regimens';

handOverRegimen(ivig);
