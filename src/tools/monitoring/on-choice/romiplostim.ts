/** Romiplostim's label table on the monitoring page: the titration simulator's script for it (titration/on-choice/romiplostim.ts). */
import '../../titration/on-choice/romiplostim';
