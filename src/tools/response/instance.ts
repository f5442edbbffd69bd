/** The response assessor on a page: its store (it shows no case), its tree, and its result for an embed's host. */
import { computed } from 'nanostores';
import { h } from 'preact';
import { binding } from '../shared/binding';
import type { ToolInstance } from '../shared/tool';
import { ResponseAssessor } from './ResponseAssessor';
import { responseResult } from './result';
import { $response, $responseOutcome, responseCodec } from './state';

export function responseInstance(): ToolInstance {
  return {
    bindings: [binding($response, responseCodec)],
    view: (props) => h(ResponseAssessor, { refs: props.refs }),
    result: computed($responseOutcome, responseResult),
  };
}
