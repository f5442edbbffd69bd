/**
 * The engine's label tables, one per agent and rule set. They are engine internals (the public contract
 * exports `titrate`, which walks them for one patient); the pages show the tables themselves.
 */
import { avatrombopagTable } from '../../engine/titration/avatrombopag';
import { eltrombopagTable } from '../../engine/titration/eltrombopag';
import { fostamatinibTable } from '../../engine/titration/fostamatinib';
import { romiplostimTable } from '../../engine/titration/romiplostim';
import type { AgentTable } from '../../engine/titration/table';
import type { Agent, Ruleset } from '../../engine/titration/types';

export type { Agent, Ruleset };

export function agentTable(agent: Agent, ruleset: Ruleset = 'us-label'): AgentTable {
  if (agent === 'romiplostim') {
    // A 1 kg weight makes each level's dose read back as its mcg/kg rate.
    return romiplostimTable(ruleset, [1]);
  }
  if (ruleset !== 'us-label') throw new Error(`The engine has no ${ruleset} table for ${agent}: only romiplostim's EU table is verified.`);
  return { eltrombopag: eltrombopagTable, avatrombopag: avatrombopagTable, fostamatinib: fostamatinibTable }[agent];
}
