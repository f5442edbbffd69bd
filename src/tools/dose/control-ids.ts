/** The ids the dose calculator's view gives its controls; the stores name fields ("dose.regimen"). */
import { caseControlId } from '../case/control-ids';
import type { DoseProblemField } from './state';

export const doseControlIds = { regimen: 'dose-regimen', bsaFormula: 'dose-bsa', datNegative: 'dose-datneg', prednisoneRule: 'dose-pred' } as const;

const own: Readonly<Record<string, string>> = {
  'dose.regimen': doseControlIds.regimen,
  'dose.bsaFormula': doseControlIds.bsaFormula,
  'dose.datNegative': doseControlIds.datNegative,
  'dose.prednisoneRule': doseControlIds.prednisoneRule,
};

export function doseControlId(field: DoseProblemField): string {
  return own[field] ?? caseControlId(field);
}
