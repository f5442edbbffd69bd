/** Eltrombopag's label table on the monitoring page: the titration simulator's script for it (titration/on-choice/eltrombopag.ts). */
import '../../titration/on-choice/eltrombopag';
