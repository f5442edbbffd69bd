/** Prednisone: the regimen's rules as a script of their own, loaded when a reader chooses it (shared/on-choice.ts). */
import { prednisone } from '../../../engine/regimens/prednisone';
import { handOverRegimen } from '../regimens';

handOverRegimen(prednisone);
