/** What the result region says while the chosen agent's label table is still loading (agents.ts). */
import type { Agent } from '../../engine';
import { agentNames } from './words';

export function ResultPlaceholder({ agent }: { agent: Agent }) {
  return <p class="result-placeholder">Loading the {agentNames[agent]} label table…</p>;
}
