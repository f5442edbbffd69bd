/** The pregnancy part of the algorithm for the "Your patient" page: the walker's own script for it (walker/parts.ts). */
import '../../walker/on-choice/pregnancy';
