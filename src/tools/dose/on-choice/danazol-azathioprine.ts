/** Danazol with azathioprine: the regimen's rules as a script of their own, loaded when a reader chooses it (shared/on-choice.ts). */
import { danazolAzathioprine } from '../../../engine/regimens/danazol-azathioprine';
import { handOverRegimen } from '../regimens';

handOverRegimen(danazolAzathioprine);
