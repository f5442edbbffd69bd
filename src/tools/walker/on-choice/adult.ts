/** The adults' part of the algorithm as a script of its own, loaded when a case needs it (walker/parts.ts). */
import { adultPart } from '../../../engine/algorithm/parts/adult';
import { handOverPart } from '../parts';

handOverPart('adult', adultPart);
