/** The pregnancy part of the algorithm as a script of its own, loaded when a case needs it (walker/parts.ts). */
import { pregnancyPart } from '../../../engine/algorithm/parts/pregnancy';
import { handOverPart } from '../parts';

handOverPart('pregnancy', pregnancyPart);
