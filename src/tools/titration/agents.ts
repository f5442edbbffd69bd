/**
 * The agents this page's simulator carries: every agent on the titration and monitoring pages, one on a
 * titration embed. Each page's script (and its build-time render) sets it before the simulator first reads
 * it, so an embed's bundle holds one label table instead of four. Until then no agent is carried and the
 * engine answers on `agent`.
 */
import { atom } from 'nanostores';
import type { AgentSources } from '../../engine/titration/agent-source';

export const $titrationAgents = atom<AgentSources>({});
