/** The children’s part of the algorithm for the "Your patient" page: the walker's own script for it (walker/parts.ts). */
import '../../walker/on-choice/child';
