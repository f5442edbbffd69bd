/**
 * How an agent's script (on-choice/<agent>.ts, a classic script of its own) hands its rules to the
 * simulator's script on the same page: it puts them on one global, by agent, as it runs; the simulator
 * reads them there when that script's `load` event fires (agents.ts), and checks what it reads. Nothing
 * else is global.
 */
import type { Agent, AgentSources } from '../../engine';

declare global {
  // `var`: the only declaration that makes a property of `globalThis`.
  var itpPathwayAgents: AgentSources | undefined;
}

/** Called by an agent's script as it runs. */
export function handOver(sources: AgentSources): void {
  globalThis.itpPathwayAgents = { ...globalThis.itpPathwayAgents, ...sources };
}

/** The rules an agent's script handed over, if it has run: that agent's source (its tables), or nothing. */
export function handedOver(agent: Agent): AgentSources[Agent] | undefined {
  const source: unknown = globalThis.itpPathwayAgents?.[agent];
  const isSource = typeof source === 'object' && source !== null && 'agent' in source && source.agent === agent
    && 'table' in source && typeof source.table === 'function';
  return isSource ? globalThis.itpPathwayAgents?.[agent] : undefined;
}
