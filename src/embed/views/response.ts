/** The response assessor embed's island tree: built by its page at build time and by its script in the browser. */
import { h } from 'preact';
import { ResponseAssessor } from '../../tools/response/ResponseAssessor';
import type { EmbedConfig } from '../../tools/shared/embed-config';

export const responseView = (props: EmbedConfig['props']) => h(ResponseAssessor, { refs: props.refs ?? {} });
