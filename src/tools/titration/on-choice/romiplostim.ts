/** Romiplostim's label table as a script of its own, loaded when a reader chooses romiplostim (agents.ts). */
import { romiplostimSource } from '../../../engine/titration/romiplostim';
import { handOver } from '../agent-queue';

handOver({ romiplostim: romiplostimSource });
