/**
 * The dose calculator on a page: the case and its own stores, its tree, its result for an embed's host, and
 * the loading of each regimen's rules as it is chosen (regimens.ts).
 */
import { computed } from 'nanostores';
import { h } from 'preact';
import { regimenIds } from '../../engine';
import { caseBinding } from '../case/binding';
import { binding } from '../shared/binding';
import { loadOnChoice, readChoiceScripts } from '../shared/on-choice';
import type { ToolInstance } from '../shared/tool';
import { DoseView } from './DoseView';
import { readDoseHints } from './hints';
import { readRegimen } from './regimens';
import { doseResult } from './result';
import { $dose, $doseOutcome, $regimenRules, $wantedRegimens, doseCodec } from './state';

export function doseInstance(): ToolInstance {
  return {
    bindings: [caseBinding, binding($dose, doseCodec)],
    view: (props) => h(DoseView, { refs: props.refs, hints: readDoseHints(props.data.hints) }),
    result: computed($doseOutcome, doseResult),
    start(root) {
      loadOnChoice($regimenRules, $wantedRegimens, readChoiceScripts(root.dataset.loadOnChoice, regimenIds), readRegimen);
    },
  };
}
