/** The children's check rows alone, for a pregnant child's case, as a script of its own (walker/parts.ts). */
import { childPartInPregnancy } from '../../../engine/algorithm/parts/child-in-pregnancy';
import { handOverPart } from '../parts';

handOverPart('child-in-pregnancy', childPartInPregnancy);
