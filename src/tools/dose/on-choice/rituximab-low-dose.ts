/** Low-dose rituximab: the regimen's rules as a script of their own, loaded when a reader chooses it (shared/on-choice.ts). */
import { rituximabLowDose } from '../../../engine/regimens/rituximab-low-dose';
import { handOverRegimen } from '../regimens';

handOverRegimen(rituximabLowDose);
