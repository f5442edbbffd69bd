/**
 * Fostamatinib on the monitoring page: its label table (the titration simulator's script for it) and the
 * helper's reduction ladder and blood-pressure rules (helper-rules.ts), loaded when a reader chooses it.
 */
import '../../titration/on-choice/fostamatinib';
import { fostamatinibHelperRules } from '../fostamatinib-rules';
import { handOverHelperRules } from '../helper-rules';

handOverHelperRules(fostamatinibHelperRules);
