/** The children's check rows for a pregnant child's case on the "Your patient" page: the walker's own script (walker/parts.ts). */
import '../../walker/on-choice/child-in-pregnancy';
