/** The dose calculator on a page: the case and its own stores, its tree, and its result for an embed's host. */
import { computed } from 'nanostores';
import { h } from 'preact';
import { caseBinding } from '../case/binding';
import { binding } from '../shared/binding';
import type { ToolInstance } from '../shared/tool';
import { DoseView } from './DoseView';
import { doseResult } from './result';
import { $dose, $doseOutcome, doseCodec } from './state';

export function doseInstance(): ToolInstance {
  return {
    bindings: [caseBinding, binding($dose, doseCodec)],
    view: (props) => h(DoseView, { refs: props.refs }),
    result: computed($doseOutcome, doseResult),
  };
}
