/**
 * The dose calculator's own link parameters, documented (its case parameters are the case's). The names,
 * values and defaults are its codec's (state.ts); a unit test holds the codec to them.
 */
import { bsaFormulas, prednisoneRules, regimenIds } from '../../engine';
import { choiceKind as choice, flagKind as flag, inGroup, type ParamSpec } from '../shared/params';
import { emptyDose } from './state';

export const doseParams: readonly ParamSpec[] = inGroup('dose', [
  {
    name: 'regimen', label: 'Regimen', kind: choice(regimenIds), default: emptyDose.regimen, example: 'rituximab-standard',
    description: 'The regimen to dose.',
  },
  {
    name: 'bsa', label: 'Body-surface area formula', kind: choice(bsaFormulas), default: emptyDose.bsaFormula, example: 'dubois',
    description: 'Formula for doses per square metre.',
  },
  {
    name: 'datneg', label: 'DAT negative', kind: flag, default: '', example: '1',
    description: 'Anti-D in children: 1 if the direct antiglobulin test is negative, 0 if not.',
  },
  {
    name: 'pred', label: 'Children’s prednisone schedule', kind: choice(prednisoneRules), default: emptyDose.prednisoneRule, example: 'icr-2019-high-dose',
    description: 'Prednisone in children: the ASH 2019 or the ICR 2019 high-dose schedule.',
  },
]);
