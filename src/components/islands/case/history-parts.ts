/**
 * The case panel's history controls (the earlier-treatments editor and the diagnosis-date helper), handed
 * to CasePanel by the pages that show them, so a page without them never carries their code.
 */
import { DiagnosisDate } from './DiagnosisDate';
import { PriorTherapies } from './PriorTherapies';

export const caseHistoryParts = { DiagnosisDate, PriorTherapies };
export type CaseHistoryParts = typeof caseHistoryParts;
