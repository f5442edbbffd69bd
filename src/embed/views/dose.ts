/** The dose calculator embed's island tree: built by its page at build time and by its script in the browser. */
import { h } from 'preact';
import { DoseIsland } from '../../tools/dose/DoseIsland';
import type { EmbedConfig } from '../../tools/shared/embed-config';

export const doseView = (props: EmbedConfig['props']) => h(DoseIsland, { refs: props.refs ?? {} });
