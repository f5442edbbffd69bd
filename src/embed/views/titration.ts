/**
 * A titration embed's island tree, as on the titration page (the case fields the page's agent needs, then
 * the simulator): built by its page at build time and by its script in the browser, the agent fixed first.
 */
import { h } from 'preact';
import { TitrationIsland } from '../../tools/titration/TitrationIsland';
import type { EmbedConfig } from '../../tools/shared/embed-config';

export const titrationView = (props: EmbedConfig['props']) => h(TitrationIsland, { refs: props.refs ?? {} });
