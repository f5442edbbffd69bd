/** Standard-dose rituximab: the regimen's rules as a script of their own, loaded when a reader chooses it (shared/on-choice.ts). */
import { rituximabStandard } from '../../../engine/regimens/rituximab-standard';
import { handOverRegimen } from '../regimens';

handOverRegimen(rituximabStandard);
