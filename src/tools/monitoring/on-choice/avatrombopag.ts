/** Avatrombopag's label table on the monitoring page: the titration simulator's script for it (titration/on-choice/avatrombopag.ts). */
import '../../titration/on-choice/avatrombopag';
