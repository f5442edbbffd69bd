/** The multi-agent rescue: the regimen's rules as a script of their own, loaded when a reader chooses it (shared/on-choice.ts). */
import { multiagentRescue } from '../../../engine/regimens/multiagent-rescue';
import { handOverRegimen } from '../regimens';

handOverRegimen(multiagentRescue);
