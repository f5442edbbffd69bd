/** The response page's script (ResponseTool.astro), built as one self-contained bundle. */
import { h } from 'preact';
import { pageBinding } from '../../../stores/page-state';
import { $response, responseCodec } from '../../../stores/response';
import { mountTool } from '../ui/mount-tool';
import { ResponseAssessor } from './ResponseAssessor';

mountTool('response', (props) => h(ResponseAssessor, { refs: props.refs ?? {} }), [pageBinding($response, responseCodec)]);
