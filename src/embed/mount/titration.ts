/**
 * A titration simulator's embed script (src/pages/embed/titration-[agent].astro). Each agent's page has its
 * own entry (titration-<agent>.ts) that passes only its agent's source, so the bundle carries one label
 * table, not four.
 */
import type { Agent } from '../../engine';
import type { AgentSources } from '../../engine/titration/agent-source';
import { $case } from '../../tools/case/case';
import { caseCodec } from '../../tools/case/case-url';
import { $titration } from '../../tools/titration/fields';
import { $titrationAgents } from '../../tools/titration/agents';
import { $titrationOutcome } from '../../tools/titration/outcome';
import { titrationCodec } from '../../tools/titration/codec';
import { embedBinding } from '../../tools/shared/embed-binding';
import { fixAgent } from '../fixed-agent';
import { mountWidget } from '../mount';
import { titrationResult } from '../results';
import { titrationView } from '../views/titration';

export function mountTitration(agent: Agent, sources: AgentSources): void {
  $titrationAgents.set(sources);
  mountWidget({
    bindings: [embedBinding($case, caseCodec), embedBinding($titration, titrationCodec)],
    view: titrationView,
    outcome: $titrationOutcome,
    result: titrationResult,
    fix: () => void fixAgent(agent),
  });
}
