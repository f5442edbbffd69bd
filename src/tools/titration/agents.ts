/**
 * The agents' rules on a page. Each agent's label table is a script of its own (on-choice/<agent>.ts),
 * loaded when the reader chooses that agent, or at once for the agent the page opens on (the default, its
 * link's, or an embed's fixed agent), so a page that offers every agent stays within its JavaScript budget
 * however many agents are added. The scripts a page may load are listed on the tool's root as
 * `data-load-on-choice` = { "<agent>": "<script URL>" }; the budget check counts the page's own scripts plus
 * the largest of these. Until its script has run, an agent's result is "loading"; if it cannot be loaded,
 * the tool says so and how to recover, never a silent blank.
 */
import { atom, type ReadableAtom, type WritableAtom } from 'nanostores';
import { titrationAgents as agents, type Agent, type AgentSources } from '../../engine';
import { parseJson, stringMap } from '../shared/props';
import { handedOver } from './agent-queue';

export interface AgentRules {
  /** The agents whose rules the page has. */
  sources: AgentSources;
  /** Agents whose script is on its way. */
  loading: readonly Agent[];
  /** Agents whose script could not be loaded (offline before it was ever cached, a server error). */
  failed: readonly Agent[];
}

/** A page that has these agents' rules already (tests, and a page built with them). */
export function carrying(sources: AgentSources): WritableAtom<AgentRules> {
  return atom<AgentRules>({ sources, loading: [], failed: [] });
}

/** The scripts written on the root, agent → URL; anything that is not such a map lists none. */
export function readChoiceScripts(text: string | undefined): Partial<Record<Agent, string>> {
  const scripts = stringMap(parseJson(text)) ?? {};
  return Object.fromEntries(Object.entries(scripts).filter(([agent]) => agents.some((known) => known === agent)));
}

/** The sources with one more agent's. */
function withSource(sources: AgentSources, agent: Agent, source: AgentSources[Agent]): AgentSources {
  return { ...sources, [agent]: source };
}

const without = (list: readonly Agent[], agent: Agent) => list.filter((other) => other !== agent);

/**
 * Loads each agent the page chooses (`$agent`) from `scripts`, once, and adds its rules to `$rules` when its
 * script has run. An agent with no script here is left to the engine, which says the page does not carry it.
 */
export function loadAgentsOnChoice($rules: WritableAtom<AgentRules>, $agent: ReadableAtom<Agent>, scripts: Partial<Record<Agent, string>>): void {
  const settle = (agent: Agent) => {
    const now = $rules.get();
    const source = handedOver(agent);
    const loading = without(now.loading, agent);
    $rules.set(source === undefined
      ? { ...now, loading, failed: [...without(now.failed, agent), agent] }
      : { sources: withSource(now.sources, agent, source), loading, failed: without(now.failed, agent) });
  };
  $agent.subscribe((agent) => {
    const rules = $rules.get();
    const url = scripts[agent];
    if (url === undefined || rules.sources[agent] !== undefined || rules.loading.includes(agent)) return;
    // Its script may have run already (loaded for another tool on the page): then nothing to fetch.
    if (handedOver(agent) !== undefined) return settle(agent);
    $rules.set({ ...rules, loading: [...rules.loading, agent], failed: without(rules.failed, agent) });
    const script = document.createElement('script');
    script.src = url;
    // Either way the script is done: its rules are on the global, or it failed and they are not.
    script.addEventListener('load', () => settle(agent));
    script.addEventListener('error', () => {
      script.remove();
      settle(agent);
    });
    document.head.append(script);
  });
}
