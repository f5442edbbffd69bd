/** Fostamatinib's label table as a script of its own, loaded when a reader chooses fostamatinib (agents.ts). */
import { fostamatinibSource } from '../../../engine/titration/fostamatinib';
import { handOver } from '../agent-queue';

handOver({ fostamatinib: fostamatinibSource });
