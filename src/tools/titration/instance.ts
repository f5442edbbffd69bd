/**
 * The titration simulator on a page: its own state (an embed fixed to one agent makes its own), its tree,
 * its result for an embed's host, and the loading of each agent's rules as it is chosen.
 */
import { computed } from 'nanostores';
import { h } from 'preact';
import { titrationAgents as agents, type Agent } from '../../engine';
import { caseBinding } from '../case/binding';
import type { Fixed, ToolInstance } from '../shared/tool';
import { loadAgentsOnChoice, readChoiceScripts } from './agents';
import { titrationResult } from './result';
import { titrationState } from './state';
import { TitrationView } from './TitrationView';

const isAgent = (value: string | undefined): value is Agent => agents.some((agent) => agent === value);

export function titrationInstance(fixed: Fixed): ToolInstance {
  const state = titrationState(isAgent(fixed.agent) ? { agent: fixed.agent } : {});
  return {
    bindings: [caseBinding, state.binding],
    view: (props) => h(TitrationView, { props, state }),
    result: computed(state.$outcome, titrationResult),
    start(root) {
      loadAgentsOnChoice(state.$rules, computed(state.$fields, (fields) => fields.agent), readChoiceScripts(root.dataset.loadOnChoice));
    },
  };
}
