/**
 * The monitoring schedule on a page: the simulator's state with the plan over it, its tree, and the loading
 * of each agent's rules as it is chosen (the simulator's scripts). No embed, so no result.
 */
import { computed } from 'nanostores';
import { h } from 'preact';
import { caseBinding } from '../case/binding';
import type { ToolInstance } from '../shared/tool';
import { loadAgentsOnChoice, readChoiceScripts } from '../titration/agents';
import { MonitoringView } from './MonitoringView';
import { monitoringState } from './state';

export function monitoringInstance(): ToolInstance {
  const state = monitoringState();
  const { titration } = state;
  return {
    bindings: [caseBinding, titration.binding],
    view: (props) => h(MonitoringView, { props, state }),
    start(root) {
      loadAgentsOnChoice(titration.$rules, computed(titration.$fields, (fields) => fields.agent), readChoiceScripts(root.dataset.loadOnChoice));
    },
  };
}
