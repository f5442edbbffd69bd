/** Avatrombopag's label table as a script of its own, loaded when a reader chooses avatrombopag (agents.ts). */
import { avatrombopagSource } from '../../../engine/titration/avatrombopag';
import { handOver } from '../agent-queue';

handOver({ avatrombopag: avatrombopagSource });
