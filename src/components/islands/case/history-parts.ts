/**
 * The case panel's history controls (the earlier-treatments editor and the diagnosis-date helper), loaded
 * only on pages that show them: a dose page never pays for them within its 30 KB.
 */
export { DiagnosisDate } from './DiagnosisDate';
export { PriorTherapies } from './PriorTherapies';
