/** The walker on a page: the case and its own questions, its tree, and its result for an embed's host. */
import { computed } from 'nanostores';
import { h } from 'preact';
import { caseBinding } from '../case/binding';
import { binding } from '../shared/binding';
import { stringMap } from '../shared/props';
import type { ToolInstance } from '../shared/tool';
import { walkerResult } from './result';
import { $walk, $walker, walkerCodec } from './state';
import { WalkerView } from './WalkerView';

export function walkerInstance(): ToolInstance {
  return {
    bindings: [caseBinding, binding($walker, walkerCodec)],
    view: (props) => h(WalkerView, { refs: props.refs, labels: stringMap(props.data.labels) ?? {} }),
    result: computed($walk, walkerResult),
  };
}
