/**
 * The walker on a page: the case and its own questions, its tree, its result for an embed's host, and the
 * loading of the part of the algorithm the case needs (parts.ts).
 */
import { computed } from 'nanostores';
import { h } from 'preact';
import { caseBinding } from '../case/binding';
import { binding } from '../shared/binding';
import { loadOnChoice, readChoiceScripts } from '../shared/on-choice';
import { stringMap } from '../shared/props';
import type { ToolInstance } from '../shared/tool';
import { walkerResult } from './result';
import { partScripts, readPart } from './parts';
import { $partRules, $walk, $walker, $wantedParts, walkerCodec } from './state';
import { WalkerView } from './WalkerView';

export function walkerInstance(): ToolInstance {
  return {
    bindings: [caseBinding, binding($walker, walkerCodec)],
    view: (props) => h(WalkerView, { refs: props.refs, labels: stringMap(props.data.labels) ?? {} }),
    result: computed($walk, walkerResult),
    start(root) {
      loadOnChoice($partRules, $wantedParts, readChoiceScripts(root.dataset.loadOnChoice, partScripts), readPart);
    },
  };
}
