/**
 * All four agents' label tables. The titration and monitoring pages offer every agent; an embed fixed to one
 * agent imports that agent's source alone. A module of its own, free of top-level calls, so that a page
 * importing it does not also carry `titrate` and `monitoringPlan` built over it (agents.ts).
 */
import type { AgentSources } from './agent-source';
import { avatrombopagSource } from './avatrombopag';
import { eltrombopagSource } from './eltrombopag';
import { fostamatinibSource } from './fostamatinib';
import { romiplostimSource } from './romiplostim';

export const allAgents: AgentSources = {
  romiplostim: romiplostimSource,
  eltrombopag: eltrombopagSource,
  avatrombopag: avatrombopagSource,
  fostamatinib: fostamatinibSource,
};
