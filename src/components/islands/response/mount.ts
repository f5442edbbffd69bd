/** The response page's script (ResponseTool.astro), built as one self-contained bundle. */
import { h } from 'preact';
import { pageBinding } from '../../../tools/shared/page-state';
import { $response, responseCodec } from '../../../tools/response/state';
import { mountTool } from '../../../tools/shared/mount';
import { ResponseAssessor } from '../../../tools/response/ResponseAssessor';

mountTool('response', (props) => h(ResponseAssessor, { refs: props.refs ?? {} }), [pageBinding($response, responseCodec)]);
