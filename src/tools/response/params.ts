/**
 * The response assessor's link parameters, documented. The names, values and defaults are its codec's
 * (state.ts); a unit test holds the codec to them.
 */
import { plateletUnits } from '../../engine/units';
import { choiceKind as choice, flagKind as flag, inGroup, numberKind as number, type ParamSpec } from '../shared/params';
import { emptyResponse } from './state';

export const responseParams: readonly ParamSpec[] = inGroup('response', [
  {
    name: 'base', label: 'Baseline count', kind: number, default: emptyResponse.baseline, example: '12',
    description: 'The count when the treatment began, in the unit `cu`.',
  },
  {
    name: 'counts', label: 'Counts', kind: { type: 'counts', parts: 2, form: 'day:count' }, default: '', example: '7:40;14:65',
    description: 'Counts since the treatment began, day:count pairs separated by semicolons (a decimal comma in a count is written %2C).',
  },
  {
    name: 'cu', label: 'Unit of the counts', kind: choice(plateletUnits), default: emptyResponse.unit, example: 'x10^3/uL',
    description: 'Unit of the baseline and every count.',
  },
  { name: 'rbleed', label: 'Bleeding now', kind: flag, default: '', example: '0', description: '1 if the patient is bleeding, 0 if not.' },
]);
