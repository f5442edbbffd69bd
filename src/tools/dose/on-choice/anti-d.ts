/** Anti-D immunoglobulin: the regimen's rules as a script of their own, loaded when a reader chooses it (shared/on-choice.ts). */
import { antiD } from '../../../engine/regimens/anti-d';
import { handOverRegimen } from '../regimens';

handOverRegimen(antiD);
