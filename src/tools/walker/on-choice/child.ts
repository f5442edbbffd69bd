/** The children's part of the algorithm as a script of its own, loaded when a case needs it (walker/parts.ts). */
import { childPart } from '../../../engine/algorithm/parts/child';
import { handOverPart } from '../parts';

handOverPart('child', childPart);
