/** The ids the walker's view gives its own controls; the stores name fields ("walker.anticoagulants"). */
import { caseControlId } from '../case/control-ids';
import type { WalkerAnswers, WalkerProblemField } from './state';

export const walkerControlIds: Readonly<Record<keyof WalkerAnswers, string>> = {
  anticoagulants: 'walker-anticoagulants',
  procedurePlanned: 'walker-procedure',
  qualityOfLifeImpaired: 'walker-qol',
};

const own: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(walkerControlIds).map(([key, id]) => [`walker.${key}`, id]),
);

export function walkerControlId(field: WalkerProblemField): string {
  return own[field] ?? caseControlId(field);
}
