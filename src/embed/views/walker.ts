/** The algorithm walker embed's island tree: built by its page at build time and by its script in the browser. */
import { h } from 'preact';
import { WalkerIsland } from '../../tools/walker/WalkerIsland';
import type { EmbedConfig } from '../../tools/shared/embed-config';

export const walkerView = (props: EmbedConfig['props']) => h(WalkerIsland, { refs: props.refs ?? {}, labels: props.labels ?? {} });
