/**
 * A titration embed's island tree — the case fields the agent needs, then the simulator — built by its
 * page at build time and by its script in the browser.
 */
import { Fragment, h } from 'preact';
import type { Agent } from '../../engine';
import { CasePanel } from '../../components/islands/case/CasePanel';
import { TitrationSimulator } from '../../components/islands/titration/TitrationSimulator';
import { titrationCaseFields } from '../../stores/titration-request';
import type { EmbedConfig } from '../embed-config';

export const titrationView = (agent: Agent) => (props: EmbedConfig['props']) =>
  h(Fragment, null, h(CasePanel, { fields: titrationCaseFields(agent) }), h(TitrationSimulator, { refs: props.refs ?? {} }));
