/** Eltrombopag's label table as a script of its own, loaded when a reader chooses eltrombopag (agents.ts). */
import { eltrombopagSource } from '../../../engine/titration/eltrombopag';
import { handOver } from '../agent-queue';

handOver({ eltrombopag: eltrombopagSource });
