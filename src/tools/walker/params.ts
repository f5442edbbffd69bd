/**
 * The algorithm walker's own link parameters, documented (its case parameters are the case's). The names
 * and values are its codec's (state.ts); a unit test holds the codec to them.
 */
import { choiceKind as choice, flagKind as flag, inGroup, type ParamSpec } from '../shared/params';
import { walkerViews } from './state';

export const walkerParams: readonly ParamSpec[] = inGroup('walker', [
  {
    name: 'anticoag', label: 'Taking an anticoagulant', kind: flag, default: '', example: '1',
    description: '1 or 0; raises the urgency of a low count.',
  },
  {
    name: 'procedure', label: 'Procedure planned', kind: flag, default: '', example: '1',
    description: '1 or 0: surgery or an invasive test is planned, so a rapid rise may be needed (a delivery is `deliv`).',
  },
  {
    name: 'qol', label: 'Quality of life reduced by ITP (children)', kind: flag, default: '', example: '1',
    description: '1 or 0; read for children only (under 18): like mucosal bleeding, a reason to treat.',
  },
  {
    name: 'view', label: 'View', kind: choice(walkerViews), default: '', example: 'compact',
    description: 'compact shows only the urgency, the options, their notes and the walked path as a chain of steps (for a slide); left out, the case, the questions and the whole diagram show too. A case that cannot be walked yet is always shown in full, so every problem can be fixed.',
  },
]);
