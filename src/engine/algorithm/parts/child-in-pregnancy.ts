/**
 * The children's part as a pregnant child's walk needs it: the check rows a child brings, without the
 * children's nodes. The graph asks "Pregnant?" before the age question (nodes/triage.ts), so a pregnancy
 * walks the pregnancy nodes and never reaches the children's; only the child's rows apply (parts/child.ts).
 * A page loads this smaller part for a pregnant child (the walker, on the budget of DESIGN.md "Budgets");
 * with it the answer is the contract's own (tests/unit/engine/algorithm/parts.test.ts).
 */
import type { AlgorithmPart } from '../types';
import { childOptionRules } from './child-rules';

export const childPartInPregnancy: AlgorithmPart = { id: 'child', nodes: [], rules: childOptionRules };
