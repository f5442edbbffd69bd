/**
 * "Your patient" on its page: the case bound to the link, its tree, and the
 * loading on choice of the algorithm's part for the case and of the regimens its first options need
 * (on-choice/: the walker's and the dose calculator's own scripts, listed on the root).
 */
import { h } from 'preact';
import { regimenIds } from '../../engine';
import { caseBinding } from '../case/binding';
import { readRegimen } from '../dose/regimens';
import { carriesState } from '../shared/fragment';
import { loadOnChoice, readChoiceScripts } from '../shared/on-choice';
import type { ToolInstance } from '../shared/tool';
import { partScripts, readPart } from '../walker/parts';
import { $partRules, $walker, $wantedParts, walkerCodec } from '../walker/state';
import { binding } from '../shared/binding';
import { PatientView } from './PatientView';
import { $arrivedWithCase, $patientRegimens, $wantedPatientRegimens } from './state';

export function patientInstance(): ToolInstance {
  return {
    // The walker's own questions are asked here too (WalkerQuestions), in the same link parameters.
    bindings: [caseBinding, binding($walker, walkerCodec)],
    view: (props) => h(PatientView, { refs: props.refs }),
    start(root) {
      $arrivedWithCase.set(carriesState(window.location.search, window.location.hash));
      const scripts = root.dataset.loadOnChoice;
      loadOnChoice($partRules, $wantedParts, readChoiceScripts(scripts, partScripts), readPart);
      loadOnChoice($patientRegimens, $wantedPatientRegimens, readChoiceScripts(scripts, regimenIds), readRegimen);
    },
  };
}
